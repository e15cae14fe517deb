import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/**
 * Base of every input whose mutation writes to Enta. No field or argument has this type, so it
 * is not in the schema: it only lends its field.
 */
@InputType()
export abstract class IdempotentInput {
  @Field({
    nullable: true,
    description: 'Any unique string (a UUID): a repeat with the same key and input gets the '
      + 'first outcome, and Enta sees the write once.',
  })
  @IsOptional() @MaxLength(100)
  idempotencyKey?: string;
}
