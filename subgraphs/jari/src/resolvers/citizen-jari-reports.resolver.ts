import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs, pageWindow, type RequestContext } from '@kendari/kit';
import { policy } from '../policy';
import { Citizen } from '../entities/core-refs';
import { UUID_RE } from '../codes';
import { loaders } from '../loaders';
import { JariReportConnection } from './types';

@Resolver(() => Citizen)
export class CitizenJariReportsResolver {
  @FieldResolver(() => JariReportConnection, {
    nullable: true,
    description: "The resident's own named JARI reports, newest first (anonymous ones are not linked to any account). The resident and inspectors only.",
  })
  jariReports(@Root() c: Citizen, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'citizen.jari-reports', { ownerId: c.id });
    const window = pageWindow(page);
    if (!UUID_RE.test(c.id)) return { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    return loaders(ctx).reportsOfCitizen.load({ parent: c.id.toLowerCase(), ...window });
  }
}
