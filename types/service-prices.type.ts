import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'What Enta charges the reseller for a service, in pounds (admin only).',
})
export class ServicePrices {
  @Field(() => String, { nullable: true, description: 'The recurring fee per billing period.' })
  periodFee!: string | null;

  @Field(() => String, { nullable: true })
  enhancedCareFee!: string | null;

  @Field(() => String, { nullable: true })
  elevatedBestEffortsFee!: string | null;
}
