import type { Account, ConnectionSummary, ServiceId } from '../src/enta';
import { CareLevel, Interleaving, ServiceStatus, StabilityOption } from '../types/service.type';

/**
 * What a `Service` field resolver starts from: how the service was named, and whatever is
 * already known of it (a ListConnections row, a whole AdslAccount reply). Fields that the
 * known parts cannot answer load the account.
 */
export interface ServiceSource {
  id: ServiceId;
  summary?: ConnectionSummary;
  account?: Account;
}

const STATUS_BY_ENTA: Record<string, ServiceStatus> = {
  installed: ServiceStatus.LIVE,
  live: ServiceStatus.LIVE,
  pending: ServiceStatus.PENDING,
  ceasing: ServiceStatus.CEASING,
  ceased: ServiceStatus.CEASED,
};

/** Enta's account status text as our enum; an unknown status is treated as pending. */
export function toServiceStatus(status: string | null | undefined): ServiceStatus {
  return STATUS_BY_ENTA[(status ?? '').trim().toLowerCase()] ?? ServiceStatus.PENDING;
}

export function toCareLevel(category: number | null): CareLevel | null {
  if (category === 4) return CareLevel.ENHANCED;
  if (category === 5) return CareLevel.STANDARD;
  return null;
}

export function toInterleaving(value: string | null): Interleaving | null {
  const found = (Object.values(Interleaving) as string[]).find(
    (mode) => mode === (value ?? '').trim().toUpperCase(),
  );
  return (found as Interleaving | undefined) ?? null;
}

export function toStabilityOption(value: string | null): StabilityOption | null {
  const normalised = (value ?? '').trim().toUpperCase().replace(/\s+/g, '_');
  const found = (Object.values(StabilityOption) as string[]).find((o) => o === normalised);
  return (found as StabilityOption | undefined) ?? null;
}

/** Our enum values as Enta spells them on the wire. */
export const ENTA_INTERLEAVING = {
  [Interleaving.YES]: 'Yes',
  [Interleaving.NO]: 'No',
  [Interleaving.AUTO]: 'Auto',
} as const;

export const ENTA_STABILITY = {
  [StabilityOption.STANDARD]: 'Standard',
  [StabilityOption.STABLE]: 'Stable',
  [StabilityOption.SUPER_STABLE]: 'Super Stable',
} as const;
