import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CareLevel, Interleaving, Service, StabilityOption } from './service.type';
import { ServiceIdInput } from './service-id.input';
import { MONEY, MONEY_MESSAGE } from './validation';

@InputType({ description: 'Move a service between standard and enhanced care.' })
export class SetCareLevelInput extends ServiceIdInput {
  @Field(() => CareLevel)
  level!: CareLevel;

  @Field({ nullable: true, description: 'Monthly fee in pounds; Enta default if absent.' })
  @IsOptional() @Matches(MONEY, { message: `fee ${MONEY_MESSAGE}` })
  fee?: string;
}

@InputType({ description: 'Change any of the line features at once (ModifyLineFeatures).' })
export class ModifyLineFeaturesInput extends ServiceIdInput {
  @Field(() => Interleaving, { nullable: true }) @IsOptional()
  interleaving?: Interleaving;

  @Field(() => StabilityOption, { nullable: true }) @IsOptional()
  stabilityOption?: StabilityOption;

  @Field({ nullable: true }) @IsOptional()
  elevatedBestEfforts?: boolean;

  @Field({ nullable: true }) @IsOptional()
  @Matches(MONEY, { message: `elevatedBestEffortsFee ${MONEY_MESSAGE}` })
  elevatedBestEffortsFee?: string;

  @Field(() => Int, { nullable: true, description: '4 is enhanced care, 5 standard.' })
  @IsOptional()
  maintenanceCategory?: number;

  @Field({ nullable: true }) @IsOptional()
  @Matches(MONEY, { message: `maintenanceCategoryFee ${MONEY_MESSAGE}` })
  maintenanceCategoryFee?: string;

  @Field({ nullable: true, description: 'Upstream option as Enta names it.' }) @IsOptional()
  @MaxLength(20)
  @Matches(/^[\w.+-][\w .+-]*$/, { message: 'upstream must be a plain option name' })
  upstream?: string;

  @Field({ nullable: true }) @IsOptional()
  @Matches(MONEY, { message: `upstreamFee ${MONEY_MESSAGE}` })
  upstreamFee?: string;
}

@ObjectType({ description: 'One feature Enta changed, and its new value as Enta reports it.' })
export class LineFeatureChange {
  @Field()
  feature!: string;

  @Field()
  newValue!: string;
}

@ObjectType()
export class ModifyLineFeaturesPayload {
  @Field(() => [LineFeatureChange])
  changes!: LineFeatureChange[];

  @Field(() => Service, { description: 'The service as it reads after the change.' })
  service!: Service;
}

@ObjectType()
export class SetCareLevelPayload {
  @Field(() => Service)
  service!: Service;

  @Field(() => [LineFeatureChange])
  changes!: LineFeatureChange[];
}
