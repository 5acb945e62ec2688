import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@kendari/kit';
import { Agency } from '../entities/core-refs';
import { ServicePoint } from '../entities/service-point.entity';
import { loaders } from '../loaders';

@Resolver(() => Agency)
export class AgencyServiceStatusResolver {
  @FieldResolver(() => [ServicePoint], { nullable: true, description: "Today's status of each of this agency's service points (a short list)." })
  serviceStatus(@Root() a: Agency, @Ctx() ctx: RequestContext) {
    return loaders(ctx).pointsOfAgency.load(a.id);
  }
}
