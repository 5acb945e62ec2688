import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs, pageWindow, type RequestContext } from '@kendari/kit';
import { policy } from '../policy';
import { Citizen } from '../entities/core.stubs';
import { loaders } from '../loaders';
import { TaxObjectConnection } from './types';

@Resolver(() => Citizen)
export class CitizenTaxObjectsResolver {
  /**
   * Matched by NIK against Bapenda's register. The NIK comes from core through @requires, so core's
   * own guard on Citizen.nik applies first; here only the citizen themself (or a Bapenda officer)
   * passes. Null when core did not give the NIK.
   */
  @Directive('@requires(fields: "nik")')
  @FieldResolver(() => TaxObjectConnection, {
    nullable: true,
    description: "The citizen's own PBB tax objects (by NIK in Bapenda's register): the citizen themself and Bapenda officers only.",
  })
  async taxObjects(@Root() c: Citizen, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'citizen.tax-objects', { ownerId: c.id });
    if (!c.nik || !/^\d{16}$/.test(c.nik)) return null;
    return loaders(ctx).objectsOfOwner.load({ parent: c.nik, ...pageWindow(page) });
  }
}
