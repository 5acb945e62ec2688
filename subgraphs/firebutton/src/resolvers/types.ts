import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '@kendari/kit';
import { EmergencyKind, EmergencyReport } from '../entities/emergency.entity';
import { ON_SCENE_TARGET_MINUTES } from '../stats';

// GraphQL types that several resolvers return

@ObjectType()
export class EmergencyReportConnection extends Connection(EmergencyReport) {}

@ObjectType()
export class EmergencyKindCount {
  @Field(() => EmergencyKind)
  kind!: EmergencyKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Incidents of one kelurahan: the finest level public statistics go to.' })
export class EmergencyKelurahanCount {
  kelurahanId!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Public Fire Button statistics of one kecamatan for one WITA calendar month. No reporter data; places only as kelurahan counts.' })
export class EmergencyStats {
  kecamatanId!: string;

  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => Int)
  totalIncidents!: number;

  @Field(() => [EmergencyKindCount])
  byKind!: EmergencyKindCount[];

  @Field(() => Int)
  falseAlarms!: number;

  @Field(() => Int, { description: 'Still open now.' })
  openIncidents!: number;

  @Field(() => Float, { nullable: true, description: 'Median minutes from report to a unit dispatched (null without data).' })
  medianMinutesToDispatch!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median minutes from dispatch to arrival on scene.' })
  medianMinutesToArrival!: number | null;

  @Field(() => Int, { description: 'Incidents a unit reached (the denominator of the 15-minute share).' })
  arrivedCount!: number;

  @Field(() => Int, { description: `Of those, on scene within ${ON_SCENE_TARGET_MINUTES} minutes of the report (Kendari's target).` })
  onSceneWithin15Minutes!: number;

  @Field(() => [EmergencyKelurahanCount], { description: 'Incidents per kelurahan (nearest approximate kelurahan centre), most first.' })
  byKelurahan!: EmergencyKelurahanCount[];
}
