import { EmailAddressResolver } from 'graphql-scalars';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { LineFeatureChange } from './line-features.input';
import { Contact, Interleaving, Mac, Service, StabilityOption } from './service.type';
import { ServiceIdInput } from './service-id.input';
import { MONEY, MONEY_MESSAGE } from './validation';

@InputType({ description: 'Set interleaving on a service (ModifyLineFeatures).' })
export class SetInterleavingInput extends ServiceIdInput {
  @Field(() => Interleaving)
  mode!: Interleaving;
}

@InputType({ description: 'Set the stability option on a service (ModifyLineFeatures).' })
export class SetStabilityOptionInput extends ServiceIdInput {
  @Field(() => StabilityOption)
  option!: StabilityOption;
}

@InputType({ description: 'Turn elevated best efforts on or off (ModifyLineFeatures).' })
export class SetElevatedBestEffortsInput extends ServiceIdInput {
  @Field()
  enabled!: boolean;

  @Field({ nullable: true, description: 'Monthly fee in pounds; Enta default if absent.' })
  @IsOptional() @Matches(MONEY, { message: `fee ${MONEY_MESSAGE}` })
  fee?: string;
}

/** What setInterleaving, setStabilityOption and setElevatedBestEfforts answer. */
@ObjectType({ description: 'The features Enta changed and the service as it now reads.' })
export abstract class LineFeaturePayload {
  @Field(() => [LineFeatureChange])
  changes!: LineFeatureChange[];

  @Field(() => Service)
  service!: Service;
}

@ObjectType()
export class SetInterleavingPayload extends LineFeaturePayload {}

@ObjectType()
export class SetStabilityOptionPayload extends LineFeaturePayload {}

@ObjectType()
export class SetElevatedBestEffortsPayload extends LineFeaturePayload {}

@InputType({ description: "Change the end customer's contact details (UpdateADSLContact)." })
export class UpdateContactInput extends ServiceIdInput {
  @Field(() => EmailAddressResolver, { nullable: true }) @IsOptional() @MaxLength(254)
  email?: string;

  @Field({ nullable: true, description: 'Any common UK notation.' }) @IsOptional() @MaxLength(20)
  telephoneDay?: string;

  @Field({ nullable: true, description: 'Any common UK notation.' }) @IsOptional() @MaxLength(20)
  telephoneEvening?: string;
}

@ObjectType()
export class UpdateContactPayload {
  @Field(() => Contact, { description: 'The contact details as Enta now holds them.' })
  contact!: Contact;

  @Field(() => Service)
  service!: Service;
}

@InputType({ description: 'Change what the reseller is charged for a service (UpdateADSLPrice).' })
export class UpdatePriceInput extends ServiceIdInput {
  @Field({ nullable: true, description: 'Pounds each billing period.' }) @IsOptional()
  @Matches(MONEY, { message: `periodFee ${MONEY_MESSAGE}` })
  periodFee?: string;

  @Field({ nullable: true }) @IsOptional()
  @Matches(MONEY, { message: `enhancedCareFee ${MONEY_MESSAGE}` })
  enhancedCareFee?: string;

  @Field({ nullable: true }) @IsOptional()
  @Matches(MONEY, { message: `elevatedBestEffortsFee ${MONEY_MESSAGE}` })
  elevatedBestEffortsFee?: string;
}

@ObjectType({ description: 'Prices in pounds as decimal strings, e.g. "19.99".' })
export class Prices {
  @Field(() => String, { nullable: true })
  periodFee!: string | null;

  @Field(() => String, { nullable: true })
  enhancedCareFee!: string | null;

  @Field(() => String, { nullable: true })
  elevatedBestEffortsFee!: string | null;
}

@ObjectType()
export class UpdatePricePayload {
  @Field(() => Prices, { description: 'The prices as Enta now holds them.' })
  prices!: Prices;

  @Field(() => Service)
  service!: Service;
}

@InputType({ description: 'Ask for a migration code (MAC) for a service.' })
export class RequestMacInput extends ServiceIdInput {}

@ObjectType()
export class RequestMacPayload {
  @Field(() => Mac, { nullable: true, description: 'The MAC, when one is already issued.' })
  mac!: Mac | null;

  @Field({ description: 'True when a MAC was requested now; it appears on Service.mac later.' })
  requested!: boolean;

  @Field(() => Service)
  service!: Service;
}

@InputType({ description: 'A product change: Enta offers none (see changeProduct).' })
export class ChangeProductInput extends ServiceIdInput {
  @Field({ description: 'The product wanted, e.g. FAM60.' }) @MaxLength(12)
  productId!: string;
}

@ObjectType({ description: 'Never returned: changeProduct always answers NOT_SUPPORTED.' })
export class ChangeProductPayload {
  @Field(() => Service)
  service!: Service;
}
