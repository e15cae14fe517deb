import { MaxLength, Min, Max, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ServiceStatus } from './service.type';

/** A service is named by exactly one of these; the resolver refuses none or several. */
@ArgsType()
export class ServiceIdArgs {
  @Field(() => ID, { nullable: true, description: "Enta's service reference, e.g. ADSL100001." })
  @IsOptional()
  @MaxLength(20)
  ref?: string;

  @Field({ nullable: true, description: 'The PPP login username.' })
  @IsOptional()
  @MaxLength(64)
  username?: string;

  @Field({ nullable: true, description: "The line's telephone number, any common UK notation." })
  @IsOptional()
  @MaxLength(20)
  cli?: string;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ServicesArgs {
  @Field(() => ServiceStatus, { defaultValue: ServiceStatus.LIVE })
  status: ServiceStatus = ServiceStatus.LIVE;

  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}; 20 if absent.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(200)
  after?: string;
}
