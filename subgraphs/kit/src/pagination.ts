import { ArgsType, Field, Int, ObjectType, Directive, type ClassType } from 'type-graphql';
import { InputCheck } from './validation';
import { encodeCursor } from './cursor';

export { encodeCursor };

export const MAX_PAGE_SIZE = 100;

/** The project's one way to page a list: `first` items `after` an opaque cursor. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items (1–${MAX_PAGE_SIZE}).` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

// public: every public list pages with it (issue 17's contract)
@Directive('@tag(name: "public")')
@Directive('@shareable')
// as fresh as the list it pages (cache-hints.ts)
@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'Where a page ends and whether more follow.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** A `<Item>Connection` type: `nodes`, `totalCount`, `pageInfo`. */
export function Connection<T extends object>(itemClass: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass implements Page<T> {
    @Field(() => [itemClass])
    nodes!: T[];

    @Field(() => Int)
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/** Turns page arguments into limit/offset; a bad `first` or cursor is BAD_USER_INPUT. */
export function pageWindow(args: PageArgs): { limit: number; offset: number } {
  const v = new InputCheck();
  v.check(
    Number.isInteger(args.first) && args.first >= 1 && args.first <= MAX_PAGE_SIZE,
    'first',
    `first must be between 1 and ${MAX_PAGE_SIZE}`,
    `Jumlah per halaman harus 1 sampai ${MAX_PAGE_SIZE}`,
  );
  let offset = 0;
  if (args.after) {
    const m = /^o:(\d{1,9})$/.exec(Buffer.from(args.after, 'base64url').toString());
    if (v.check(!!m, 'after', 'after is not a cursor from this list', 'Penanda halaman tidak valid')) offset = Number(m![1]) + 1;
  }
  v.done();
  return { limit: args.first, offset };
}

export function toPage<T>(nodes: T[], totalCount: number, window: { offset: number }): Page<T> {
  const last = window.offset + nodes.length - 1;
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: last + 1 < totalCount, endCursor: nodes.length ? encodeCursor(last) : null },
  };
}
