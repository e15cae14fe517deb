/** The Enta client: everything above `src/enta/` imports from here and sees no XML. */
export { createEntaClient } from './client';
export type { EntaClient } from './client';
export { createTransport } from './transport';
export type { CallRecord, Transport, TransportOptions } from './transport';
export type { CallOutcome } from './transport-log';
export {
  EntaNotFoundError,
  EntaRejectedError,
  EntaUnavailableError,
  WireFormatError,
} from './errors';
export type { UnavailableStage } from './errors';
export type { ListConnectionsArgs } from './operations/account';
export type { DayRange } from './operations/usage';
export * from './types';
export * from './types-orders';
