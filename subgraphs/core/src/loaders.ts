import { loadByKey, type RequestContext } from '@kendari/kit';
import { Citizen } from './entities/account.entity';
import { catalogueLookups } from './catalogue';
import { regionLookups } from './regions';

/**
 * Every lookup by id or parent goes through these per-request loaders (one query per batch);
 * regions and the catalogue's agencies and services come from memory (regions.ts, catalogue.ts).
 */
export const loaders = (ctx: RequestContext) => {
  // made once per request: resolvers call this for every field of every item
  let l = made.get(ctx);
  if (!l) made.set(ctx, (l = make(ctx)));
  return l;
};
const make = (ctx: RequestContext) => ({
  ...regionLookups(ctx),
  ...catalogueLookups(ctx),
  citizen: loadByKey(ctx, Citizen),
});
const made = new WeakMap<RequestContext, ReturnType<typeof make>>();
