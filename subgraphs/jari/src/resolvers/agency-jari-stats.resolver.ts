import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@kendari/kit';
import { Agency } from '../entities/core-refs';
import { checkMonth, JariStats, statsLoader } from '../stats';

@Resolver(() => Agency)
export class AgencyJariStatsResolver {
  @FieldResolver(() => JariStats, { nullable: true, description: 'Public JARI statistics of this agency for one month (YYYY-MM, WITA).' })
  jariStats(@Root() a: Agency, @Arg('month', () => String) month: string, @Ctx() ctx: RequestContext) {
    checkMonth(month);
    return statsLoader(ctx).load(`${month}|${a.id}`);
  }
}
