import { Migration } from '@mikro-orm/migrations';
import { catalogueSyncSql } from '../seeders/catalogue';

/**
 * The catalogue in both languages, honest fee kinds (FREE, FIXED, LEVY, TAX), search keywords, pg_trgm for
 * typo-tolerant search, and the permit types the permits subgraph refers to (izin-slf, izin-sip-nakes, ...).
 */
export class Migration20261201050000CatalogueBilingual extends Migration {
  override async up(): Promise<void> {
    // trusted extension since PostgreSQL 13: a database owner may create it; present in 15 and in the embedded 18
    this.addSql(`create extension if not exists pg_trgm with schema public;`);
    this.addSql(`alter table "core"."agency" add column "name_en" varchar(200) not null default '';`);
    this.addSql(`alter table "core"."agency" alter column "name_en" drop default;`);
    this.addSql(`alter table "core"."agency" add column "address_en" varchar(300) null;`);
    const columns: Array<[string, string, string]> = [
      ['name_en', 'varchar(200)', `''`],
      ['description_en', 'text', `''`],
      ['keywords', 'text[]', `'{}'`],
      ['requirements_en', 'text[]', `'{}'`],
      ['steps_en', 'text[]', `'{}'`],
      ['time_limit_text_en', 'varchar(100)', `''`],
      ['fee_kind', 'varchar(10)', `'FREE'`],
      ['product_en', 'varchar(300)', `''`],
      ['complaint_channel_en', 'varchar(500)', `''`],
    ];
    for (const [name, type, dflt] of columns) {
      this.addSql(`alter table "core"."service" add column "${name}" ${type} not null default ${dflt};`);
      this.addSql(`alter table "core"."service" alter column "${name}" drop default;`);
    }
    this.addSql(`alter table "core"."service" add column "fee_note" varchar(400) null, add column "fee_note_en" varchar(400) null;`);
    // a database that already holds the catalogue gets this version's texts, fee kinds and new permit types
    for (const sql of catalogueSyncSql()) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "core"."service" drop column "name_en", drop column "description_en", drop column "keywords", drop column "requirements_en", drop column "steps_en", drop column "time_limit_text_en", drop column "fee_kind", drop column "fee_note", drop column "fee_note_en", drop column "product_en", drop column "complaint_channel_en";`,
    );
    this.addSql(`alter table "core"."agency" drop column "name_en", drop column "address_en";`);
  }
}
