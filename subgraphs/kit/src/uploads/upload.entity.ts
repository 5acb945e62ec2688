import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * One uploaded file: the bytes live on disk named by their SHA-256 (see UploadStore), this row says
 * who gave them and what they are. A GraphQL mutation refers to a file by this row's id. The table
 * lives in the schema of each subgraph that uses uploads (`uploadTableSql` for its migration).
 */
@Entity({ tableName: 'upload' })
@Index({ name: 'upload_owner_created_idx', properties: ['ownerId', 'createdAt'] })
export class Upload {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The account (citizen or officer id) that uploaded it; only they may attach it anywhere. */
  @Property({ type: 'string', length: 60 })
  ownerId!: string;

  /** Hex SHA-256 of the stored bytes (after re-encoding): the file's name on disk. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  /** Decided from the bytes: application/pdf, image/jpeg or image/png. */
  @Property({ type: 'string', length: 40 })
  mediaType!: string;

  /** The name the owner gave (cleaned, shown back only to them and to officers); never a path on disk. */
  @Property({ type: 'string', length: 120 })
  displayName!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** The `upload` table of `schema`, for a subgraph's committed migration. */
export function uploadTableSql(schema: string): string[] {
  return [
    `create table "${schema}"."upload" ("id" uuid not null, "owner_id" varchar(60) not null, "sha256" varchar(64) not null, "size_bytes" int not null, "media_type" varchar(40) not null, "display_name" varchar(120) not null, "created_at" timestamptz not null, constraint "upload_pkey" primary key ("id"));`,
    `create index "upload_owner_created_idx" on "${schema}"."upload" ("owner_id", "created_at");`,
    `alter table "${schema}"."upload" add constraint "upload_size_check" check (size_bytes > 0);`,
  ];
}
