import { EmailAddressResolver } from 'graphql-scalars';
import {
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IdempotentInput } from './idempotent.input';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Order } from './order.type';
import { DateScalar } from './scalars';
import { MONEY, TEXT, TEXT_MESSAGE } from './validation';
import { CareLevel, Interleaving, StabilityOption } from './service.type';

export enum OveruseMethod {
  TOPUP = 'TOPUP',
  PAYG = 'PAYG',
  NONE = 'NONE',
}
registerEnumType(OveruseMethod, {
  name: 'OveruseMethod',
  description: 'What happens when the monthly allowance is used up.',
});


@InputType({ description: 'Where the line is and who to contact there.' })
export class SiteContactInput {
  @Field() @MaxLength(10) @Matches(TEXT, { message: `title ${TEXT_MESSAGE}` })
  title!: string;

  @Field() @MinLength(1) @MaxLength(50) @Matches(TEXT, { message: `firstName ${TEXT_MESSAGE}` })
  firstName!: string;

  @Field() @MinLength(1) @MaxLength(50) @Matches(TEXT, { message: `surname ${TEXT_MESSAGE}` })
  surname!: string;

  @Field({ nullable: true }) @IsOptional() @MaxLength(100)
  @Matches(TEXT, { message: `companyName ${TEXT_MESSAGE}` })
  companyName?: string;

  @Field() @MinLength(1) @MaxLength(100) @Matches(TEXT, { message: `building ${TEXT_MESSAGE}` })
  building!: string;

  @Field() @MinLength(1) @MaxLength(100) @Matches(TEXT, { message: `street ${TEXT_MESSAGE}` })
  street!: string;

  @Field() @MinLength(1) @MaxLength(60) @Matches(TEXT, { message: `town ${TEXT_MESSAGE}` })
  town!: string;

  @Field() @MinLength(1) @MaxLength(60) @Matches(TEXT, { message: `county ${TEXT_MESSAGE}` })
  county!: string;

  @Field({ description: 'A full UK postcode; normalised, e.g. M1 2JX.' }) @MaxLength(10)
  postcode!: string;

  @Field({ description: 'Daytime contact number, any common UK notation.' }) @MaxLength(20)
  telephoneDay!: string;

  @Field({ nullable: true }) @IsOptional() @MaxLength(20)
  telephoneEvening?: string;

  @Field(() => EmailAddressResolver) @MaxLength(254)
  email!: string;
}

@InputType({ description: 'An order for broadband on an existing BT line (CreateADSLOrder).' })
export class PlaceOrderInput extends IdempotentInput {
  @Field({ description: "Enta's product code, e.g. FAM60 (see Line.products)." })
  @Matches(/^[A-Z0-9]{2,12}$/, { message: 'productId must be an Enta product code like FAM60' })
  productId!: string;

  @Field({ description: "The line's telephone number." }) @MaxLength(20)
  cli!: string;

  @Field(() => DateScalar, { description: 'Requested date; not before firstAvailableDate.' })
  provisionDate!: string;

  @Field({ description: 'Your own reference for the order (purchase order number).' })
  @MinLength(1) @MaxLength(40) @Matches(TEXT, { message: `clientRef ${TEXT_MESSAGE}` })
  clientRef!: string;

  @Field() @Matches(/^[a-z0-9][a-z0-9._-]{2,31}$/, {
    message: 'username must be 3 to 32 of a-z, 0-9, dot, dash, underscore',
  })
  username!: string;

  @Field() @MinLength(8) @MaxLength(32) @Matches(/^[\x21-\x7e]+$/, {
    message: 'password must be printable ASCII with no spaces',
  })
  password!: string;

  @Field({ nullable: true, description: 'RADIUS realm, e.g. surfdsl.net.' }) @IsOptional()
  @Matches(/^[a-z0-9.-]{3,64}$/i, { message: 'realm must be a domain name' })
  realm?: string;

  @Field(() => CareLevel, { defaultValue: CareLevel.STANDARD })
  careLevel: CareLevel = CareLevel.STANDARD;

  @Field(() => String, {
    defaultValue: 'Max',
    description: 'Line speed as Enta names it; Max is rate adaptive.',
  })
  @Matches(/^[\w .+-]{1,20}$/, { message: 'lineSpeed must be a plain speed name like Max' })
  lineSpeed = 'Max';

  @Field(() => OveruseMethod, { defaultValue: OveruseMethod.NONE })
  overuseMethod: OveruseMethod = OveruseMethod.NONE;

  @Field({ nullable: true, description: 'Pounds, e.g. "10.00", when overuse is PAYG.' })
  @IsOptional() @Matches(MONEY, { message: 'maxPaygAmount must be pounds like 10.00' })
  maxPaygAmount?: string;

  @Field(() => Interleaving, { nullable: true }) @IsOptional()
  interleaving?: Interleaving;

  @Field(() => StabilityOption, { nullable: true }) @IsOptional()
  stabilityOption?: StabilityOption;

  @Field({ nullable: true }) @IsOptional()
  elevatedBestEfforts?: boolean;

  @Field({ nullable: true, description: 'A migration code from the losing ISP.' }) @IsOptional()
  @MaxLength(20)
  mac?: string;

  @Field({ nullable: true, description: 'The losing ISP, for migrations.' }) @IsOptional()
  @MaxLength(60) @Matches(TEXT, { message: `losingIsp ${TEXT_MESSAGE}` })
  losingIsp?: string;

  @Field(() => Int, { defaultValue: 12, description: 'Months.' })
  @IsInt() @IsIn([1, 12, 18, 24, 36])
  contractTerm: number = 12;

  @Field(() => Int, { defaultValue: 1, description: 'Months between bills.' })
  @IsInt() @Min(1) @Max(12)
  billingPeriod: number = 1;

  @Field({ nullable: true, description: 'An engineer appointment booked for the order.' })
  @IsOptional() @MaxLength(40) @Matches(TEXT, { message: `appointmentReference ${TEXT_MESSAGE}` })
  appointmentReference?: string;

  @Field(() => SiteContactInput)
  @ValidateNested()
  site!: SiteContactInput;
}

@ObjectType()
export class PlaceOrderPayload {
  @Field(() => Order)
  order!: Order;

  @Field(() => String, { nullable: true, description: 'Code for paying by telephone, if any.' })
  telephonePaymentCode!: string | null;
}
