import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from './scalars';

export enum AppointmentRequestState {
  PENDING = 'PENDING',
  READY = 'READY',
  FAILED = 'FAILED',
}
registerEnumType(AppointmentRequestState, {
  name: 'AppointmentRequestState',
  description: 'Where an engineer appointment request is.',
  valuesConfig: {
    PENDING: { description: 'The exchange has not answered yet: poll appointmentRequest.' },
    READY: { description: 'Answered: slots for a search, the appointment for a booking.' },
    FAILED: { description: 'The exchange refused; see error.' },
  },
});

export enum TimeSlot {
  AM = 'AM',
  PM = 'PM',
}
registerEnumType(TimeSlot, { name: 'TimeSlot', description: 'Morning or afternoon visit.' });

@ObjectType({ description: 'An engineer visit: a free slot, or a booked one with its reference.' })
export class Appointment {
  @Field(() => DateScalar)
  date!: string;

  @Field()
  timeSlot!: string;

  @Field(() => String, { nullable: true, description: 'Set once booked.' })
  reference!: string | null;
}

@ObjectType({ description: 'A slot search or booking, answered by the exchange in its own time.' })
export class AppointmentRequest {
  @Field(() => ID, { description: 'Poll with appointmentRequest(token) while PENDING.' })
  token!: string;

  @Field(() => AppointmentRequestState)
  state!: AppointmentRequestState;

  @Field(() => [Appointment], { nullable: true, description: 'Free slots, for a search.' })
  slots!: Appointment[] | null;

  @Field(() => Appointment, { nullable: true, description: 'The booking, for a booking.' })
  appointment!: Appointment | null;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  error!: string | null;
}
