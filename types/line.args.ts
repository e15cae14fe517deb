import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class LineArgs {
  @Field({ nullable: true, description: 'The telephone number, any common UK notation.' })
  @IsOptional()
  @MaxLength(20)
  cli?: string;

  @Field({ nullable: true, description: 'A full UK postcode, when there is no number to check.' })
  @IsOptional()
  @MaxLength(10)
  postcode?: string;

  @Field({ nullable: true, description: 'A migration code (MAC) to check against the line.' })
  @IsOptional()
  @MaxLength(20)
  mac?: string;
}
