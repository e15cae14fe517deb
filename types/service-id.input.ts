import { IsOptional, MaxLength } from 'class-validator';
import { IdempotentInput } from './idempotent.input';
import { Field, ID, InputType } from 'type-graphql';

/**
 * Base of every mutation input that names one service, by exactly one of these. No field or
 * argument has this type, so it is not in the schema: it only lends its fields.
 */
@InputType()
export abstract class ServiceIdInput extends IdempotentInput {
  @Field(() => ID, { nullable: true, description: "Enta's service reference." })
  @IsOptional() @MaxLength(20)
  ref?: string;

  @Field({ nullable: true, description: 'The PPP login username.' })
  @IsOptional() @MaxLength(64)
  username?: string;

  @Field({ nullable: true, description: "The line's telephone number, any common UK notation." })
  @IsOptional() @MaxLength(20)
  cli?: string;
}
