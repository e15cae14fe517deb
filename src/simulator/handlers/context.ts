import type { Fields, XmlNode } from '../fields';
import { noSuchService } from '../errors';
import type { ServiceId, SimService } from '../model';
import type { SimulatorState } from '../state';
import type { XmlElement } from '../xml';

/** What a handler is given: the settled state, the time, and the request's fields. */
export interface CallContext {
  state: SimulatorState;
  now: Date;
  /** The UK calendar date of `now`, ISO. */
  today: string;
  /** GET: the query. POST: the fields directly under `OperationResponse`. */
  fields: Fields;
  /** POST only: the `OperationResponse` element. */
  operation?: XmlNode;
  /** POST only: the request type from the document. */
  requestType?: string;
}

/** A handler's answer; the envelope is written around it in one place. */
export interface Reply {
  body: XmlElement;
  /** Put `OperationResponse` directly under the root (GetRateLimited, GetBlocked). */
  rootLevel?: boolean;
  /** `Type` on `OperationResponse` (CeaseADSLOrder's `Accept`). */
  operationType?: string;
}

export type Handler = (context: CallContext) => Reply | Promise<Reply>;

/** The service named, or a 102. */
export function requireService(state: SimulatorState, id: ServiceId): SimService {
  const service = state.findService(id);
  if (!service) throw noSuchService(id.ref ?? id.username ?? id.telephone ?? '');
  return service;
}
