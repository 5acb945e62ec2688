import type { EntityName } from '@mikro-orm/postgresql';
import type { Page, RequestContext } from '@kendari/kit';

/**
 * A page of children for each of many parents in ONE query (kit candidate): a window function
 * numbers each parent's rows, so `Parent.children(first, after)` in a list stays one statement
 * per batch, whatever the number of parents. Row 1 of every parent is always returned so that
 * the total is known even when the page lies past the end.
 */
export function loadPageGroupedBy<T extends object>(
  ctx: RequestContext,
  entity: EntityName<T> & { name: string },
  opts: { table: string; foreignKey: string; orderBy: string },
  window: { limit: number; offset: number },
) {
  return ctx.loaders.get<string, Page<T>>(`${entity.name}.pageBy.${opts.foreignKey}.${window.limit}.${window.offset}`, async (keys) => {
    const rows: Array<Record<string, unknown>> = await ctx.em.getConnection().execute(
      `select * from (
         select t.*, row_number() over (partition by t.${opts.foreignKey} order by ${opts.orderBy}) as "rn__",
                count(*) over (partition by t.${opts.foreignKey})::int as "total__"
         from ${opts.table} t where t.${opts.foreignKey} in (${keys.map(() => '?').join(', ')})
       ) x where ("rn__" > ? and "rn__" <= ?) or "rn__" = 1
       order by x.${opts.foreignKey}, "rn__"`,
      [...keys, window.offset, window.offset + window.limit],
    );
    const pages = new Map<string, Page<T>>(keys.map((k) => [k, { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } }]));
    for (const row of rows) {
      const { rn__: rnRaw, total__: total, ...columns } = row;
      const rn = Number(rnRaw);
      const page = pages.get(String(columns[opts.foreignKey]))!;
      page.totalCount = Number(total);
      if (rn > window.offset && rn <= window.offset + window.limit) page.nodes.push(ctx.em.map(entity, columns as never));
    }
    return keys.map((k) => {
      const page = pages.get(k)!;
      const last = window.offset + page.nodes.length - 1;
      page.pageInfo = {
        hasNextPage: last + 1 < page.totalCount,
        endCursor: page.nodes.length ? Buffer.from(`o:${last}`).toString('base64url') : null,
      };
      return page;
    });
  });
}
