import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from './scalars';
import { ServiceIdInput } from './service-id.input';

@InputType({ description: 'Cease a service on a date (CeaseADSLOrder).' })
export class CeaseServiceInput extends ServiceIdInput {
  @Field(() => DateScalar, { description: 'When service stops; not before firstAvailableDate.' })
  date!: string;
}

@ObjectType()
export class CeaseServicePayload {
  @Field(() => ID, { description: "Enta's reference for the cease." })
  orderRef!: string;

  @Field(() => DateScalar)
  date!: string;
}
