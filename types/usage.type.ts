import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, SafeIntScalar } from './scalars';

@ObjectType({ description: "One day's traffic on a service, in bytes." })
export class UsageDay {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => SafeIntScalar)
  totalDown!: number;

  @Field(() => SafeIntScalar)
  totalUp!: number;

  @Field(() => SafeIntScalar, { description: 'Downloaded in the peak period.' })
  peakDown!: number;

  @Field(() => SafeIntScalar, { description: 'Uploaded in the peak period.' })
  peakUp!: number;
}

@ObjectType({ description: 'Ten minutes of traffic, in bytes.' })
export class UsageInterval {
  @Field(() => DateTimeScalar, { description: 'The end of the interval, UK time with offset.' })
  time!: string;

  @Field(() => SafeIntScalar)
  down!: number;

  @Field(() => SafeIntScalar)
  up!: number;
}

@ObjectType({ description: 'Traffic summed over a calendar month, in bytes.' })
export class UsageSummary {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field(() => Int, { description: 'Days with a usage record.' })
  days!: number;

  @Field(() => SafeIntScalar)
  totalDown!: number;

  @Field(() => SafeIntScalar)
  totalUp!: number;

  @Field(() => SafeIntScalar)
  peakDown!: number;

  @Field(() => SafeIntScalar)
  peakUp!: number;
}
