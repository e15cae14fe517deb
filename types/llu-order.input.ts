import { IsIn, IsOptional, Matches } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { OrderBaseInput } from './order-base.input';
import { Order } from './order.type';
import { MONEY, MONEY_MESSAGE } from './validation';

@InputType({ description: 'An order for an LLU (unbundled) service on a line (CreateLLUOrder).' })
export class PlaceLluOrderInput extends OrderBaseInput {
  @Field({ description: "Enta's LLU product code." })
  @Matches(/^[A-Z0-9]{2,12}$/, { message: 'productId must be an Enta product code' })
  productId!: string;








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



}

@ObjectType()
export class PlaceLluOrderPayload {
  @Field(() => Order)
  order!: Order;
}
