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

@ObjectType({ description: 'Traffic between two instants (UsageHistory), in bytes.' })
export class UsageTotals {
  @Field(() => DateTimeScalar, { description: 'The start Enta counted from.' })
  from!: string;

  @Field(() => DateTimeScalar, { description: 'The end Enta counted to.' })
  to!: string;

  @Field(() => SafeIntScalar)
  download!: number;

  @Field(() => SafeIntScalar)
  upload!: number;

  @Field(() => SafeIntScalar)
  peakDownload!: number;

  @Field(() => SafeIntScalar)
  peakUpload!: number;
}

@ObjectType({ description: "The monthly allowance, this month's use and the overuse terms." })
export class Allowance {
  @Field(() => SafeIntScalar, { nullable: true, description: 'Bytes a month.' })
  monthlyBytes!: number | null;

  @Field(() => SafeIntScalar, { nullable: true, description: 'Bytes used since the 1st.' })
  usedThisMonthBytes!: number | null;

  @Field(() => String, { nullable: true, description: 'Topup, PAYG or None, as Enta says.' })
  overuseMethod!: string | null;

  @Field(() => SafeIntScalar, { nullable: true })
  topupBytes!: number | null;

  @Field(() => SafeIntScalar, { nullable: true })
  topupRemainingBytes!: number | null;

  @Field(() => String, { nullable: true, description: 'Pounds, e.g. "10.00".' })
  maxPaygAmount!: string | null;
}
