import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { DateScalar } from './scalars';

@ObjectType({ description: "BT's red/amber/green availability colours as the checker gave them." })
export class RagColours {
  @Field(() => String, { nullable: true })
  fixedRate!: string | null;

  @Field(() => String, { nullable: true })
  rateAdaptive!: string | null;

  @Field(() => String, { nullable: true })
  max!: string | null;

  @Field(() => String, { nullable: true, description: 'ADSL2+ (WBC).' })
  wbc!: string | null;
}

@ObjectType({ description: 'A product the line can have, how fast, and from when.' })
export class ProductOffer {
  @Field()
  productId!: string;

  @Field(() => Float, { description: 'bit/s.' })
  maxSpeed!: number;

  @Field(() => DateScalar)
  firstDate!: string;
}

@Directive('@key(fields: "cli")')
@ObjectType({
  description: 'One qualification of a telephone line or postcode. All speeds are in bit/s.',
})
export class Line {
  @Field(() => String, { nullable: true })
  cli!: string | null;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field({ description: 'True when broadband can be ordered on this line.' })
  qualifies!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the line does not qualify.' })
  refusal!: string | null;

  @Field(() => Float, { nullable: true })
  classicSpeed!: number | null;

  @Field(() => Float, { nullable: true })
  maxSpeed!: number | null;

  @Field(() => Float, { nullable: true })
  adsl2PlusSpeed!: number | null;

  @Field(() => Float, { nullable: true })
  fttcDownSpeed!: number | null;

  @Field(() => Float, { nullable: true })
  fttcUpSpeed!: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'When FTTC is planned at the cabinet.' })
  fttcPlannedDate!: string | null;

  @Field(() => Float, { nullable: true })
  topSpeed!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Set when a MAC was given to check.' })
  macValid!: boolean | null;

  @Field(() => String, { nullable: true })
  macReason!: string | null;

  @Field(() => RagColours)
  rag!: RagColours;

  @Field({ description: "The checker's full text." })
  message!: string;

  @Field(() => DateScalar)
  firstAvailableDate!: string;

  @Field(() => [ProductOffer])
  products!: ProductOffer[];
}
