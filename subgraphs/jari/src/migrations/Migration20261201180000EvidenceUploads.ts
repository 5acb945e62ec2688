import { Migration } from '@mikro-orm/migrations';
import { uploadTableSql } from '@kendari/kit';

/**
 * Evidence through the kit's uploads: the `upload` table, each evidence row pointing at one upload
 * (one report per upload), and the client-given file names dropped (they identified reporters).
 */
export class Migration20261201180000EvidenceUploads extends Migration {
  override async up(): Promise<void> {
    for (const sql of uploadTableSql('jari')) this.addSql(sql);
    this.addSql(`alter table "jari"."jari_evidence_file" drop column "name";`);
    this.addSql(`alter table "jari"."jari_evidence_file" add column "upload_id" uuid null;`);
    this.addSql(`alter table "jari"."jari_evidence_file" add constraint "jari_evidence_file_upload_id_unique" unique ("upload_id");`);
    this.addSql(
      `alter table "jari"."jari_evidence_file" add constraint "jari_evidence_file_upload_fk" foreign key ("upload_id") references "jari"."upload" ("id") deferrable initially deferred;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "jari"."jari_evidence_file" drop constraint "jari_evidence_file_upload_fk";`);
    this.addSql(`alter table "jari"."jari_evidence_file" drop column "upload_id";`);
    // the names are gone for good; old rows get a neutral one back
    this.addSql(`alter table "jari"."jari_evidence_file" add column "name" varchar(200) not null default 'bukti';`);
    this.addSql(`alter table "jari"."jari_evidence_file" alter column "name" drop default;`);
    this.addSql(`drop table if exists "jari"."upload" cascade;`);
  }
}
