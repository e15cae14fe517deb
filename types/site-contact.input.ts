import { EmailAddressResolver } from 'graphql-scalars';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SOME_TEXT, SOME_TEXT_MESSAGE, TEXT, TEXT_MESSAGE } from './validation';

@InputType({ description: 'Where the line is and who to contact there.' })
export class SiteContactInput {
  @Field() @MaxLength(10) @Matches(TEXT, { message: `title ${TEXT_MESSAGE}` })
  title!: string;

  @Field() @MaxLength(50) @Matches(TEXT, { message: `firstName ${TEXT_MESSAGE}` })
  @Matches(SOME_TEXT, { message: `firstName ${SOME_TEXT_MESSAGE}` })
  firstName!: string;

  @Field() @MaxLength(50) @Matches(TEXT, { message: `surname ${TEXT_MESSAGE}` })
  @Matches(SOME_TEXT, { message: `surname ${SOME_TEXT_MESSAGE}` })
  surname!: string;

  @Field({ nullable: true }) @IsOptional() @MaxLength(100)
  @Matches(TEXT, { message: `companyName ${TEXT_MESSAGE}` })
  companyName?: string;

  @Field() @MaxLength(100) @Matches(TEXT, { message: `building ${TEXT_MESSAGE}` })
  @Matches(SOME_TEXT, { message: `building ${SOME_TEXT_MESSAGE}` })
  building!: string;

  @Field() @MaxLength(100) @Matches(TEXT, { message: `street ${TEXT_MESSAGE}` })
  @Matches(SOME_TEXT, { message: `street ${SOME_TEXT_MESSAGE}` })
  street!: string;

  @Field() @MaxLength(60) @Matches(TEXT, { message: `town ${TEXT_MESSAGE}` })
  @Matches(SOME_TEXT, { message: `town ${SOME_TEXT_MESSAGE}` })
  town!: string;

  @Field() @MaxLength(60) @Matches(TEXT, { message: `county ${TEXT_MESSAGE}` })
  @Matches(SOME_TEXT, { message: `county ${SOME_TEXT_MESSAGE}` })
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
