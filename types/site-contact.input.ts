import { EmailAddressResolver } from 'graphql-scalars';
import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { TEXT, TEXT_MESSAGE } from './validation';

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
