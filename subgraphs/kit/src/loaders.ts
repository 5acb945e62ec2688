import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import type { RequestContext } from './context';

/**
 * Loads entities by a key column in one `where key in (...)` per batch; results come back
 * in the order of the keys, a missing key gives null.
 */
export function loadByKey<T extends object>(ctx: RequestContext, entity: EntityName<T> & { name: string }, key = 'id') {
  return ctx.loaders.get<string, T | null>(`${entity.name}.by.${key}`, async (keys) => {
    const rows = await ctx.em.find(entity, { [key]: { $in: [...keys] } } as never);
    const byKey = new Map(rows.map((r) => [String((r as Record<string, unknown>)[key]), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Loads all children grouped by a foreign key column in one query per batch. */
export function loadGroupedBy<T extends object>(
  ctx: RequestContext,
  entity: EntityName<T> & { name: string },
  foreignKey: string,
  orderBy: Record<string, 'asc' | 'desc'> = {},
  extraWhere: Record<string, unknown> = {},
  cacheName = '',
) {
  return ctx.loaders.get<string, T[]>(`${entity.name}.groupedBy.${foreignKey}.${cacheName}`, async (keys) => {
    const rows = await ctx.em.find(entity, { ...extraWhere, [foreignKey]: { $in: [...keys] } } as never, { orderBy: orderBy as never });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(String((r as Record<string, unknown>)[foreignKey]))?.push(r);
    return keys.map((k) => groups.get(k)!);
  });
}

export type { EntityManager };
