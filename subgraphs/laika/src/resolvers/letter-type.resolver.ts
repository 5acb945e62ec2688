import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@kendari/kit';
import { LetterType } from '../entities/letter-type.entity';
import { Service } from '../federation';
import { letterTypes, loaders } from '../loaders';

@Resolver(() => LetterType)
export class LetterTypeResolver {
  @Query(() => [LetterType], { description: 'Every letter LAIKA issues, with the fields each one needs. Public.' })
  letterTypes(@Ctx() ctx: RequestContext): Promise<LetterType[]> {
    return letterTypes.all(ctx);
  }

  // nullable: an outage of core leaves the letter types standing
  @FieldResolver(() => Service, { nullable: true, description: 'The catalogue entry in core (requirements, steps, legal basis).' })
  service(@Root() t: LetterType): Service {
    return { id: t.id };
  }
}

@Resolver(() => Service)
export class ServiceLetterTypeResolver {
  @FieldResolver(() => LetterType, { nullable: true, description: 'For a LAIKA service: the letter type, with the fields to fill in.' })
  letterType(@Root() s: Service, @Ctx() ctx: RequestContext) {
    return loaders(ctx).letterType.load(s.id);
  }
}
