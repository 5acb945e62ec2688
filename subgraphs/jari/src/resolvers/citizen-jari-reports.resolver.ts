import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden, isOfficer, OfficerRole, PageArgs, pageWindow, type RequestContext } from '@kendari/kit';
import { Citizen } from '../entities/core-refs';
import { UUID_RE } from '../codes';
import { loaders } from '../loaders';
import { JariReportConnection } from './jari-report.resolver';

@Resolver(() => Citizen)
export class CitizenJariReportsResolver {
  @FieldResolver(() => JariReportConnection, {
    nullable: true,
    description: "The resident's own named JARI reports, newest first (anonymous ones are not linked to any account). The resident and inspectors only.",
  })
  jariReports(@Root() c: Citizen, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const self = ctx.viewer.kind === 'citizen' && ctx.viewer.id === c.id;
    if (!self && !isOfficer(ctx.viewer, [OfficerRole.INSPECTOR])) {
      throw forbidden('Citizen.jariReports is readable by the resident and inspectors only', 'Laporan ini hanya dapat dilihat oleh pelapor dan Inspektorat');
    }
    const window = pageWindow(page);
    if (!UUID_RE.test(c.id)) return { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    return loaders(ctx).reportsOfCitizen.load({ parent: c.id.toLowerCase(), ...window });
  }
}
