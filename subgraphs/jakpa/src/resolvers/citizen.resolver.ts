import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs, forbidden, pageWindow, type RequestContext } from '@kendari/kit';
import { isBapenda } from '../access';
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
    const self = ctx.viewer.kind === 'citizen' && ctx.viewer.id === c.id;
    if (!self && !isBapenda(ctx.viewer)) {
      throw forbidden(
        'Citizen.taxObjects is visible only to the citizen themself and Bapenda officers',
        'Objek pajak hanya dapat dilihat oleh wajib pajak sendiri dan petugas Bapenda',
      );
    }
    if (!c.nik || !/^\d{16}$/.test(c.nik)) return null;
    return loaders(ctx).objectsOfOwner.load({ parent: c.nik, ...pageWindow(page) });
  }
}
