import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, SafeIntScalar } from './scalars';

@ObjectType({ description: 'One broadband session (a PPP login) on a service.' })
export class Session {
  @Field(() => DateTimeScalar)
  startedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Null while the session is open.' })
  endedAt!: string | null;

  @Field(() => Int, { nullable: true, description: 'Null while the session is open.' })
  durationSeconds!: number | null;

  @Field(() => String, { nullable: true })
  username!: string | null;

  @Field(() => SafeIntScalar, { description: 'What the line sent.' })
  uploadBytes!: number;

  @Field(() => SafeIntScalar, { description: 'What the line received.' })
  downloadBytes!: number;

  @Field(() => String, { nullable: true, description: 'Why the session ended, as RADIUS says.' })
  terminationReason!: string | null;
}

@ObjectType({ description: 'The latest login attempt seen by RADIUS.' })
export class AuthAttempt {
  @Field(() => DateTimeScalar)
  at!: string;

  @Field(() => String, { nullable: true })
  username!: string | null;

  @Field(() => String, { nullable: true })
  ipAddress!: string | null;

  @Field({ description: 'True when RADIUS accepted the login.' })
  accepted!: boolean;

  @Field(() => String, { nullable: true, description: 'Accept or Reject, as Enta says.' })
  result!: string | null;

  @Field(() => String, { nullable: true, description: 'Why a login was rejected.' })
  reason!: string | null;
}

@ObjectType({ description: 'One record of a BT ADSL Max report.' })
export class MaxReportRecord {
  @Field(() => DateTimeScalar, { nullable: true })
  syncAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  bipUpdateAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  lineRateAt!: string | null;

  @Field(() => Int, { nullable: true, description: 'bit/s.' })
  downstreamSpeed!: number | null;

  @Field(() => Int, { nullable: true, description: 'bit/s.' })
  upstreamSpeed!: number | null;
}

@ObjectType({ description: "BT's reports on an ADSL Max line." })
export class MaxReports {
  @Field(() => [MaxReportRecord], { description: 'The "Line RateChange" report.' })
  rateChanges!: MaxReportRecord[];

  @Field(() => [MaxReportRecord], { description: 'The "Service Profile" report.' })
  profiles!: MaxReportRecord[];
}

@ObjectType({ description: 'A note on a service, from Enta or the reseller.' })
export class Note {
  @Field(() => DateTimeScalar, { nullable: true })
  loggedAt!: string | null;

  @Field({ description: 'The e-mail address of who wrote it, else "Enta Staff".' })
  engineer!: string;

  @Field()
  text!: string;
}

@ObjectType({ description: 'A fault reported to BT on a line.' })
export class BtFault {
  @Field({ description: "BT's fault reference." })
  faultRef!: string;

  @Field(() => String, { nullable: true, description: 'The service reference.' })
  ref!: string | null;

  @Field(() => String, { nullable: true })
  cli!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  reportedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Open or Cleared, as Enta says.' })
  status!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
