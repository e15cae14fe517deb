import type { EntaClient } from './client';
import { ENTA_ERROR } from './catalogue';
import { EntaOutcomeUnknownError, EntaRejectedError, EntaUnavailableError } from './errors';
import { findCease, findFeatureChange, findPlacedOrder } from './reconcile-checks';
import type { Logger } from '../logger';

export interface ReconcileOptions {
  /** Sends of one write at most, each after Enta's state showed the last did not land. */
  attempts: number;
  logger: Logger;
}

/** One write and how to tell whether it landed. */
interface Reconciled<T> {
  operation: string;
  write: () => Promise<T>;
  check: () => Promise<T | undefined>;
  /** Enta's refusal that a write of ours which did land, unseen, would also cause. */
  duplicateCode?: string;
}

/**
 * The client, with its order, cease and line-feature writes made safe to repeat: when a write
 * went out and its answer was lost, Enta's state is read before anything is sent again. If
 * the write landed, its result is returned; if not, it is sent again (up to `attempts` in
 * all); if the read fails too, the error says the outcome is unknown.
 */
export function withReconciliation(client: EntaClient, options: ReconcileOptions): EntaClient {
  return {
    ...client,
    createAdslOrder: (order) =>
      reconciled(options, {
        operation: 'CreateADSLOrder',
        write: () => client.createAdslOrder(order),
        check: () => findPlacedOrder(client, order),
        duplicateCode: ENTA_ERROR.UsernameTaken,
      }),
    ceaseAdslOrder: (id, date) =>
      reconciled(options, {
        operation: 'CeaseADSLOrder',
        write: () => client.ceaseAdslOrder(id, date),
        check: () => findCease(client, id, date),
        duplicateCode: ENTA_ERROR.WrongState,
      }),
    modifyLineFeatures: (id, changes) =>
      reconciled(options, {
        operation: 'ModifyLineFeatures',
        write: () => client.modifyLineFeatures(id, changes),
        check: () => findFeatureChange(client, id, changes),
      }),
  };
}

async function reconciled<T>(options: ReconcileOptions, spec: Reconciled<T>): Promise<T> {
  const { operation, logger } = { ...spec, ...options };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await spec.write();
    } catch (error) {
      if (isDuplicateRefusal(error, spec.duplicateCode)) {
        // Perhaps our own earlier write, sent by a request that never heard back: if Enta's
        // state matches this write exactly, that write is the answer; if not, the refusal is.
        const found = await checkOrUnknown(operation, spec.check, logger);
        if (found === undefined) throw error;
        return found;
      }
      if (!isLostAnswer(error)) throw error;

      const found = await checkOrUnknown(operation, spec.check, logger);
      if (found !== undefined) {
        logger.info({ operation, attempt }, `${operation} had landed; reconciled`);
        return found;
      }
      if (attempt >= options.attempts) throw error;
    }
  }
}

async function checkOrUnknown<T>(
  operation: string,
  check: () => Promise<T | undefined>,
  logger: Logger,
): Promise<T | undefined> {
  try {
    return await check();
  } catch (error) {
    logger.warn({ operation, err: error }, `${operation} outcome unknown: reconciliation failed`);
    throw new EntaOutcomeUnknownError(operation);
  }
}

/** The request may have reached Enta, and no answer we can use came back. */
function isLostAnswer(error: unknown): boolean {
  return error instanceof EntaUnavailableError && !error.notSent;
}

function isDuplicateRefusal(error: unknown, code: string | undefined): boolean {
  return code !== undefined && error instanceof EntaRejectedError && error.entaCode === code;
}
