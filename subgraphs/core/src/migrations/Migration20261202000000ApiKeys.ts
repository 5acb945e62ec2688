import { Migration } from '@mikro-orm/migrations';

/** API keys for the public graph (issue 17): the key's hash, holder, quotas, origins; calls per key and WITA day. */
export class Migration20261202000000ApiKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "core"."api_key" ("id" uuid not null, "prefix" varchar(40) not null, "secret_hash" varchar(64) not null, "holder" varchar(120) not null, "contact" varchar(200) not null, "owner_account_id" uuid null, "quota_per_minute" int not null, "quota_per_day" int not null, "allowed_origins" text[] not null, "created_at" timestamptz not null, "created_by" uuid not null, "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"), constraint "api_key_quotas_check" check (quota_per_minute > 0 and quota_per_day >= quota_per_minute));`,
    );
    this.addSql(`alter table "core"."api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);
    this.addSql(`alter table "core"."api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_key_owner_account_id_index" on "core"."api_key" ("owner_account_id");`);
    this.addSql(
      `create table "core"."api_key_usage" ("key_id" uuid not null, "day" date not null, "calls" int not null default 0, "rejected" int not null default 0, constraint "api_key_usage_pkey" primary key ("key_id", "day"), constraint "api_key_usage_counts_check" check (calls >= 0 and rejected >= 0));`,
    );
    this.addSql(
      `alter table "core"."api_key_usage" add constraint "api_key_usage_key_fk" foreign key ("key_id") references "core"."api_key" ("id") on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "core"."api_key_usage";`);
    this.addSql(`drop table if exists "core"."api_key";`);
  }
}
