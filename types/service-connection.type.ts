import { Field, Int, ObjectType } from 'type-graphql';
import { Service } from './service.type';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class ServiceEdge {
  @Field({ description: 'Opaque; stable while the service exists.' })
  cursor!: string;

  @Field(() => Service)
  node!: Service;
}

@ObjectType({ description: 'A page of services, ordered by service reference.' })
export class ServiceConnection {
  @Field(() => [ServiceEdge])
  edges!: ServiceEdge[];

  @Field(() => [Service], {
    description: 'The nodes of `edges`, for clients that want no cursors.',
  })
  nodes!: Service[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Services matching the status, across all pages.' })
  totalCount!: number;
}
