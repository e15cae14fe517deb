import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from './scalars';
import { Service } from './service.type';

@ObjectType({ description: 'One step in the life of an order, as BT and Enta report it.' })
export class OrderEvent {
  @Field(() => ID, { description: 'The order (service reference) the event belongs to.' })
  orderRef!: string;

  @Field(() => DateTimeScalar)
  at!: string;

  @Field({ description: 'What kind of order or event, e.g. Provide or Cease.' })
  name!: string;

  @Field({ description: 'Its stage, e.g. ACKNOWLEDGED, COMMITTED (with date) or COMPLETED.' })
  value!: string;
}

@Directive('@key(fields: "ref")')
@ObjectType({ description: 'An order for a service at Enta: a provide, migration or cease.' })
export class Order {
  @Field(() => ID, { description: "Enta's reference; also the reference of the service." })
  ref!: string;

  @Field(() => String, { nullable: true })
  cli!: string | null;

  @Field(() => String, { nullable: true, description: 'ACKNOWLEDGED, COMMITTED or COMPLETED.' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'Provide, Migration, Cease, as Enta says.' })
  orderType!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date BT committed to.' })
  commitDate!: string | null;

  @Field(() => Service, { nullable: true })
  service!: Service | null;

  @Field(() => [OrderEvent])
  events!: OrderEvent[];
}
