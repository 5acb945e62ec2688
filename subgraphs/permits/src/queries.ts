import type { AppError, FieldProblem, InputCheck, PageArgs, RequestContext } from '@kendari/kit';
import { pageWindow } from '@kendari/kit';
import { PermitTypeRow } from './entities/permit.entity';
import { loaders } from './loaders';

// reads that several resolvers share

/** pageWindow, its problems added to `v` so one error names every bad argument. */
export function windowInto(v: InputCheck, page: PageArgs): { limit: number; offset: number } {
  try {
    return pageWindow(page);
  } catch (err) {
    for (const p of ((err as AppError).extensions?.fields as FieldProblem[] | undefined) ?? []) v.fail(p.field, p.message, p.messageId);
    return { limit: 1, offset: 0 };
  }
}

/** Every permit type in the catalogue's order (and into the request's loader). */
export async function allTypes(ctx: RequestContext): Promise<PermitTypeRow[]> {
  const rows = await ctx.em.find(PermitTypeRow, {}, { orderBy: { sortOrder: 'asc' } });
  for (const r of rows) loaders(ctx).permitType.prime(r.id, r);
  return rows;
}
