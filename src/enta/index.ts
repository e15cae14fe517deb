/** The Enta client: everything above `src/enta/` imports from here and sees no XML. */
export { createEntaClient } from './client';
export type { EntaClient } from './client';
export { createTransport } from './transport';
export { createUpstream } from './upstream';
export type { Upstream, UpstreamOptions } from './upstream';
export type { Breaker, BreakerOptions, BreakerState } from './breaker';
export type { CallRecord, PostOptions, Transport, TransportOptions } from './transport';
export type { EntaReply } from './reply';
export type { EntaNode } from './reply-tree';
export type { RequestFields, RequestValue } from './request-document';
export type { CallOutcome } from './transport-log';
export {
  EntaNotFoundError,
  EntaOutcomeUnknownError,
  EntaRejectedError,
  EntaUnavailableError,
  WireFormatError,
} from './errors';
export type { UnavailableStage } from './errors';
export type { ListConnectionsArgs } from './operations/account';
export type { DayRange } from './operations/usage';
export * from './types';
export * from './types-orders';
