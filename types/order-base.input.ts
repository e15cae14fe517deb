import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested }
  from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdempotentInput } from './idempotent.input';
import { DateScalar } from './scalars';
import { SiteContactInput } from './site-contact.input';
import {
  NEW_USERNAME, NEW_USERNAME_MESSAGE, SOME_TEXT, SOME_TEXT_MESSAGE, TEXT, TEXT_MESSAGE,
} from './validation';

/**
 * What every order for a line carries, ADSL or LLU: the line, the date, the login, the terms
 * and the site. No field or argument has this type, so it is not in the schema: it only lends
 * its fields.
 */
@InputType()
export abstract class OrderBaseInput extends IdempotentInput {
  @Field({ description: "The line's telephone number." }) @MaxLength(20)
  cli!: string;

  @Field(() => DateScalar, { description: 'Requested date; not before firstAvailableDate.' })
  provisionDate!: string;

  @Field({ description: 'Your own reference for the order (purchase order number).' })
  @MaxLength(40) @Matches(TEXT, { message: `clientRef ${TEXT_MESSAGE}` })
  @Matches(SOME_TEXT, { message: `clientRef ${SOME_TEXT_MESSAGE}` })
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
  @Matches(/^[A-Z]{4}\d{5,10}\/[A-Z]{2}\d{2}[A-Z]$/i,
    { message: 'mac must look like LSDA12345678/AB12C' })
  mac?: string;

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
