import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions remember the login they continue (family), so access tokens can be checked against it;
 * failed logins are counted by the kit's throttle now, so their table goes.
 */
export class Migration20261201060000SessionFamily extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "core"."session" add column "family_id" uuid null;`);
    this.addSql(`update "core"."session" set "family_id" = "id" where "family_id" is null;`);
    this.addSql(`alter table "core"."session" alter column "family_id" set not null;`);
    this.addSql(`create index "session_family_id_index" on "core"."session" ("family_id");`);
    this.addSql(`drop table if exists "core"."login_throttle";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "core"."login_throttle" ("key" varchar(120) not null, "failures" int not null, "blocked_until" timestamptz null, "last_failure_at" timestamptz not null, constraint "login_throttle_pkey" primary key ("key"));`,
    );
    this.addSql(`drop index "core"."session_family_id_index";`);
    this.addSql(`alter table "core"."session" drop column "family_id";`);
  }
}
