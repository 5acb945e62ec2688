import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@kendari/kit';
import { checkMonth, JariStats, statsLoader } from '../stats';

@Resolver()
export class JariStatsResolver {
  @Query(() => JariStats, { description: 'Public statistics of one month, for the city or one agency. No login needed.' })
  jariStats(@Arg('month', () => String) month: string, @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null, @Ctx() ctx: RequestContext) {
    checkMonth(month);
    return statsLoader(ctx).load(`${month}|${agencyId || '*'}`);
  }
}
