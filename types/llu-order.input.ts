import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested }
  from 'class-validator';
import { IdempotentInput } from './idempotent.input';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { SiteContactInput } from './order.input';
import { Order } from './order.type';
import { DateScalar } from './scalars';
import { MONEY, MONEY_MESSAGE, NEW_USERNAME, NEW_USERNAME_MESSAGE, TEXT, TEXT_MESSAGE }
  from './validation';

@InputType({ description: 'An order for an LLU (unbundled) service on a line (CreateLLUOrder).' })
export class PlaceLluOrderInput extends IdempotentInput {
  @Field({ description: "Enta's LLU product code." })
  @Matches(/^[A-Z0-9]{2,12}$/, { message: 'productId must be an Enta product code' })
  productId!: string;

  @Field({ description: "The line's telephone number." }) @MaxLength(20)
  cli!: string;

  @Field(() => DateScalar, { description: 'Requested date; not before firstAvailableDate.' })
  provisionDate!: string;

  @Field({ description: 'Your own reference for the order (purchase order number).' })
  @MinLength(1) @MaxLength(40) @Matches(TEXT, { message: `clientRef ${TEXT_MESSAGE}` })
  clientRef!: string;

  @Field() @Matches(NEW_USERNAME, { message: `username ${NEW_USERNAME_MESSAGE}` })
  username!: string;

  @Field() @MinLength(8) @MaxLength(32) @Matches(/^[\x21-\x7e]+$/, {
    message: 'password must be printable ASCII with no spaces',
  })
  password!: string;

  @Field({ nullable: true, description: 'RADIUS realm, e.g. surfdsl.net.' }) @IsOptional()
  @Matches(/^[a-z0-9.-]{3,64}$/i, { message: 'realm must be a domain name' })
  realm?: string;

  @Field({ nullable: true, description: 'A migration code from the losing ISP.' }) @IsOptional()
  @Matches(/^[A-Z]{4}\d{5,10}\/[A-Z]{2}\d{2}[A-Z]$/i, { message: 'mac must look like a MAC' })
  mac?: string;

  @Field(() => Int, { nullable: true, description: 'IPv4 addresses wanted: 1, 4, 8 or 16.' })
  @IsOptional() @IsIn([1, 4, 8, 16])
  ipv4Addresses?: number;

  @Field({ nullable: true }) @IsOptional()
  ipv6Enabled?: boolean;

  @Field({ nullable: true, description: 'One-off charge in pounds.' }) @IsOptional()
  @Matches(MONEY, { message: `initialCharge ${MONEY_MESSAGE}` })
  initialCharge?: string;

  @Field({ nullable: true, description: 'Recurring charge in pounds.' }) @IsOptional()
  @Matches(MONEY, { message: `recurringCharge ${MONEY_MESSAGE}` })
  recurringCharge?: string;

  @Field(() => Int, { defaultValue: 12, description: 'Months.' })
  @IsInt() @IsIn([1, 12, 18, 24, 36])
  contractTerm: number = 12;

  @Field(() => Int, { defaultValue: 1, description: 'Months between bills.' })
  @IsInt() @Min(1) @Max(12)
  billingPeriod: number = 1;

  @Field(() => SiteContactInput)
  @ValidateNested()
  site!: SiteContactInput;
}

@ObjectType()
export class PlaceLluOrderPayload {
  @Field(() => Order)
  order!: Order;
}
