import { BadUserInputError } from '../../errors';
import { shortSlashDateToIso } from '../dates';
import { WireFormatError } from '../errors';
import { EntaNode } from '../reply-tree';
import { Transport } from '../transport';
import {
  AppointmentBooking,
  AppointmentSearch,
  AppointmentSlot,
  BookedAppointment,
  PollResult,
} from '../types-orders';
import { child, list, required, requireText, text } from './reading';
import { shortSlashDateArg } from './values';

/**
 * Engineer appointments are asynchronous: a request returns a token, and `poll` fetches the
 * answer once the exchange has given it.
 */

/** RequestAppointmentBook: starts a search for free slots from `date`; returns the token. */
export async function requestAppointmentBook(
  transport: Transport,
  search: AppointmentSearch,
): Promise<{ token: string }> {
  const reply = await transport.post('RequestAppointmentBook', {
    Date: shortSlashDateArg(search.date, 'date'),
    TelephoneNumber: search.cli,
    listOfAttributes: attributeFields(search),
  });
  return { token: requireText(reply.body, 'Token') };
}

/** RequestAppointmentSlot: asks to book one slot; returns the token to poll. */
export async function requestAppointmentSlot(
  transport: Transport,
  booking: AppointmentBooking,
): Promise<{ token: string }> {
  if (booking.timeSlot !== 'AM' && booking.timeSlot !== 'PM') {
    throw new BadUserInputError('timeSlot must be AM or PM', 'timeSlot');
  }

  const reply = await transport.post('RequestAppointmentSlot', {
    Date: shortSlashDateArg(booking.date, 'date'),
    TimeSlot: booking.timeSlot,
    TelephoneNumber: booking.cli,
    listOfAttributes: attributeFields(booking),
  });
  return { token: requireText(reply.body, 'Token') };
}

function attributeFields(search: AppointmentSearch) {
  return {
    Attributes: (search.attributes ?? []).map((attribute) => ({
      AttributeName: attribute.name,
      AttributeValue: attribute.value,
    })),
  };
}

const POLL_STATUSES: ReadonlyArray<PollResult['status']> = ['Pending', 'Complete', 'Failed'];

/**
 * Poll: the answer to an appointment request. When complete, a search gives `slots` and a
 * booking gives `appointment`. Enta error 105 (unknown token) arrives as EntaRejectedError.
 */
export async function poll(transport: Transport, token: string): Promise<PollResult> {
  if (!token.trim()) throw new BadUserInputError('token must not be empty', 'token');

  const reply = await transport.post('Poll', { Token: token.trim() });
  const body = reply.body;
  const status = required(body, 'Status', parsePollStatus);

  const slotList = child(body, 'ListOfAppointment');
  const booked = slotList ? undefined : list(body, 'Appointment')[0];
  return {
    status,
    slots: slotList ? list(slotList, 'Appointment').map(slotFrom) : null,
    appointment: booked ? bookedFrom(booked) : null,
    errorDescription: text(body, 'ErrorDescription'),
  };
}

function parsePollStatus(value: string): PollResult['status'] {
  const status = POLL_STATUSES.find((known) => known.toLowerCase() === value.toLowerCase());
  if (!status) throw new WireFormatError('poll status', value);
  return status;
}

function slotFrom(node: EntaNode): AppointmentSlot {
  return {
    date: required(node, 'Date', shortSlashDateToIso),
    timeSlot: requireText(node, 'TimeSlot'),
  };
}

function bookedFrom(node: EntaNode): BookedAppointment {
  return { ...slotFrom(node), reference: text(node, 'AppointmentReference') };
}
