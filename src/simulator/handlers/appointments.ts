import { isWorkingDay, workingDaysFrom } from '../calendar';
import { EntaReplyError, badDate, badField } from '../errors';
import { ENTA_ERROR } from '../../enta/catalogue';
import { Fields, XmlNode, childElement, parseChoice, parseDay, parseTelephone } from '../fields';
import type { AppointmentRequest } from '../model';
import { Rng, hashToUint32 } from '../random';
import { formatShortDate } from '../time';
import type { XmlElement } from '../xml';
import { CallContext, Reply } from './context';
import { onlyKnown } from './shape';

const SEARCH_FIELDS = ['Date', 'TelephoneNumber', 'listOfAttributes'];

/** RequestAppointmentBook: starts a slot search; the slots come by polling the token. */
export function requestAppointmentBook(context: CallContext): Reply {
  onlyKnown(context.operation ?? {}, SEARCH_FIELDS, 'OperationResponse');
  return { body: { Token: remember(context, 'book') } };
}

/** RequestAppointmentSlot: asks for one slot; the booking comes by polling the token. */
export function requestAppointmentSlot(context: CallContext): Reply {
  onlyKnown(context.operation ?? {}, [...SEARCH_FIELDS, 'TimeSlot'], 'OperationResponse');
  return { body: { Token: remember(context, 'slot') } };
}

function remember({ state, fields, operation, today }: CallContext, kind: 'book' | 'slot') {
  const date = parseDay('Date', fields.require('Date'), true);
  if (date < today) throw badDate('Date', 'is in the past');
  const telephone = parseTelephone('TelephoneNumber', fields.require('TelephoneNumber'));
  const timeSlot = kind === 'slot' ? readSlot(fields) : undefined;
  checkAttributes(operation);

  const token = state.allocateToken();
  const request: AppointmentRequest = { token, kind, date, timeSlot, telephone, polls: 0 };
  state.appointments.set(token, request);
  return token;
}

function readSlot(fields: Fields): 'AM' | 'PM' {
  return parseChoice('TimeSlot', fields.require('TimeSlot'), ['AM', 'PM']) as 'AM' | 'PM';
}

function checkAttributes(operation: XmlNode | undefined): void {
  const list = childElement(operation, 'listOfAttributes', 'OperationResponse');
  const attributes = list?.Attributes;
  if (attributes === undefined) return;

  for (const attribute of Array.isArray(attributes) ? attributes : [attributes]) {
    const name = (attribute as XmlNode | undefined)?.AttributeName;
    if (typeof name !== 'string' || name === '') {
      throw badField('listOfAttributes.Attributes.AttributeName', 'is required');
    }
  }
}

/** Poll: `Pending` for the first polls, then the slots found or the booking made. */
export function poll({ state, fields }: CallContext): Reply {
  const token = fields.require('Token');
  const request = state.appointments.get(token);
  if (!request) throw new EntaReplyError(ENTA_ERROR.UnknownToken, `Unknown token ${token}`);

  request.polls += 1;
  if (request.polls <= state.pollsBeforeReady) return { body: { Status: 'Pending' } };
  return { body: request.kind === 'book' ? slotList(state.seed, request) : booking(request) };
}

/** AM and PM over the next five working days from the date asked, a few already taken. */
function slotList(seed: number, request: AppointmentRequest): XmlElement {
  const rng = Rng.from(seed, 'slots', request.token);
  const slots = workingDaysFrom(request.date, 5).flatMap((day) =>
    (['AM', 'PM'] as const)
      .filter(() => rng.chance(0.8))
      .map((slot) => ({ Date: formatShortDate(day), TimeSlot: slot })),
  );
  return { Status: 'Complete', ListOfAppointment: { Appointment: slots } };
}

function booking(request: AppointmentRequest): XmlElement {
  if (!isWorkingDay(request.date)) {
    return { Status: 'Failed', ErrorDescription: 'No engineer visits on that date' };
  }
  const reference = hashToUint32('appointment', request.token) % 100_000_000;
  return {
    Status: 'Complete',
    Appointment: {
      Date: formatShortDate(request.date),
      TimeSlot: request.timeSlot,
      AppointmentReference: `APT${String(reference).padStart(8, '0')}`,
    },
  };
}
