import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { OrderBaseInput } from './order-base.input';
import { Order } from './order.type';
import { CareLevel, Interleaving, StabilityOption } from './service.type';
import { MONEY, TEXT, TEXT_MESSAGE } from './validation';

export enum OveruseMethod {
  TOPUP = 'TOPUP',
  PAYG = 'PAYG',
  NONE = 'NONE',
}
registerEnumType(OveruseMethod, {
  name: 'OveruseMethod',
  description: 'What happens when the monthly allowance is used up.',
});


@InputType({ description: 'An order for broadband on an existing BT line (CreateADSLOrder).' })
export class PlaceOrderInput extends OrderBaseInput {
  @Field({ description: "Enta's product code, e.g. FAM60 (see Line.products)." })
  @Matches(/^[A-Z0-9]{2,12}$/, { message: 'productId must be an Enta product code like FAM60' })
  productId!: string;







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


  @Field({ nullable: true, description: 'The losing ISP, for migrations.' }) @IsOptional()
  @MaxLength(60) @Matches(TEXT, { message: `losingIsp ${TEXT_MESSAGE}` })
  losingIsp?: string;



  @Field({ nullable: true, description: 'An engineer appointment booked for the order.' })
  @IsOptional() @MaxLength(40) @Matches(TEXT, { message: `appointmentReference ${TEXT_MESSAGE}` })
  appointmentReference?: string;

}

@ObjectType()
export class PlaceOrderPayload {
  @Field(() => Order)
  order!: Order;

  @Field(() => String, { nullable: true, description: 'Code for paying by telephone, if any.' })
  telephonePaymentCode!: string | null;
}
