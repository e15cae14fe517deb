import { IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { TimeSlot } from './appointment.type';
import { DateScalar } from './scalars';
import { TEXT, TEXT_MESSAGE } from './validation';

@InputType({ description: 'An extension the engineer must bring, as Enta names it.' })
export class AppointmentAttributeInput {
  @Field({ description: 'e.g. ExtensionKit.' })
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, { message: 'name must be an attribute name' })
  name!: string;

  @Field({ description: 'e.g. 1.' })
  @MaxLength(40) @Matches(TEXT, { message: `value ${TEXT_MESSAGE}` })
  value!: string;
}

@InputType({ description: 'Search for free engineer slots on a line (RequestAppointmentBook).' })
export class RequestAppointmentsInput {
  @Field({ description: "The line's telephone number." }) @MaxLength(20)
  cli!: string;

  @Field(() => DateScalar, { description: 'Earliest date; not before firstAvailableDate.' })
  from!: string;

  @Field(() => [AppointmentAttributeInput], { nullable: true })
  @IsOptional() @ValidateNested({ each: true })
  attributes?: AppointmentAttributeInput[];
}

@InputType({ description: 'Book one slot (RequestAppointmentSlot).' })
export class BookAppointmentInput {
  @Field({ description: "The line's telephone number." }) @MaxLength(20)
  cli!: string;

  @Field(() => DateScalar, { description: 'The slot date; not before firstAvailableDate.' })
  date!: string;

  @Field(() => TimeSlot)
  timeSlot!: TimeSlot;

  @Field(() => [AppointmentAttributeInput], { nullable: true })
  @IsOptional() @ValidateNested({ each: true })
  attributes?: AppointmentAttributeInput[];
}
