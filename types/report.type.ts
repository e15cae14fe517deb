import { Field, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, SafeIntScalar } from './scalars';
import { Service } from './service.type';

@ObjectType({ description: 'One record of BT\'s order feed (GetBTFeed), as BT sent it.' })
export class BtFeedEvent {
  @Field(() => DateTimeScalar, { nullable: true })
  at!: string | null;

  @Field(() => String, { nullable: true, description: 'The line the order is for.' })
  cli!: string | null;

  @Field(() => String, { nullable: true, description: 'The reference the order carries.' })
  customerRef!: string | null;

  @Field(() => String, { nullable: true, description: 'Provide, Migration, Cease, as BT says.' })
  orderType!: string | null;

  @Field(() => String, { nullable: true, description: 'ACKNOWLEDGED, COMMITTED or COMPLETED.' })
  status!: string | null;

  @Field(() => DateScalar, { nullable: true })
  commitDate!: string | null;
}

@ObjectType({ description: 'A service Enta has blocked, and why.' })
export class BlockedService {
  @Field(() => Service)
  service!: Service;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType({ description: 'A service whose last 30 days exceed its monthly allowance.' })
export class HeavyUser {
  @Field(() => Service, { nullable: true })
  service!: Service | null;

  @Field(() => SafeIntScalar, { description: 'Bytes over the last 30 days.' })
  usageBytes!: number;

  @Field(() => SafeIntScalar, { nullable: true, description: 'Bytes a month.' })
  allowanceBytes!: number | null;
}
