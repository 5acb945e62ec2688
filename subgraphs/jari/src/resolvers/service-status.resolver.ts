import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@kendari/kit';
import { Service } from '../entities/core-refs';
import { ServiceAvailability, ServicePoint } from '../entities/service-point.entity';
import { loaders } from '../loaders';

@ObjectType({ description: 'Whether a service can be had today, over all the places that provide it.' })
export class ServiceStatusSummary {
  @Field(() => ServiceAvailability, { nullable: true, description: 'The best status among its places (null when jari knows no place for it).' })
  availability!: ServiceAvailability | null;

  @Field(() => [ServicePoint])
  points!: ServicePoint[];
}

const RANK = { [ServiceAvailability.AVAILABLE]: 0, [ServiceAvailability.LIMITED]: 1, [ServiceAvailability.UNAVAILABLE]: 2 };

@Resolver(() => Service)
export class ServiceStatusResolver {
  @FieldResolver(() => ServiceStatusSummary, {
    nullable: true,
    description: "Today's status of this service at each place that provides it (from JARI's service-status board).",
  })
  async status(@Root() s: Service, @Ctx() ctx: RequestContext): Promise<ServiceStatusSummary> {
    const points = await loaders(ctx).pointsOfService.load(s.id);
    const best = points.reduce<ServiceAvailability | null>((b, p) => (b === null || RANK[p.status] < RANK[b] ? p.status : b), null);
    return { availability: best, points };
  }
}
