import { Migration } from '@mikro-orm/migrations';

/** Health facility staff (role FACILITY_STAFF) are scoped to one facility of the health subgraph. */
export class Migration20261201040000OfficerFacility extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "core"."officer" add column "facility_id" varchar(60) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "core"."officer" drop column "facility_id";`);
  }
}
