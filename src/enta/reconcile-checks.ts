import type { EntaClient } from './client';
import type { LineFeatureChange, LineFeatureChanges, ServiceId } from './types';
import type { AdslOrder, AdslOrderReceipt } from './types-orders';

/**
 * Reads that tell whether a write whose answer was lost took effect. Each returns what the
 * write would have answered when it did, or undefined when Enta shows no trace of it; a
 * failed read throws, and the caller reports the outcome as unknown.
 */

/**
 * CreateADSLOrder took effect when a pending order carries our PurchaseOrderNumber, username,
 * line and product. Nothing less will do: an existing order or service on the same line or
 * username is someone else's, and taking it for ours would report an order we never placed.
 * The telephone payment code is not readable afterwards, so a reconciled receipt has none.
 */
export async function findPlacedOrder(
  client: EntaClient,
  order: AdslOrder,
): Promise<AdslOrderReceipt | undefined> {
  const { orders } = await client.pendingOrders();
  const match = orders.find(
    (pending) =>
      sameText(pending.username, order.username) &&
      sameText(pending.customerRef, order.billingAccount.purchaseOrderNumber) &&
      sameText(pending.product, order.product) &&
      sameLine(pending.cli, order.cli),
  );
  return match?.ourRef ? { ourRef: match.ourRef, telephonePaymentCode: null } : undefined;
}

/** CeaseADSLOrder took effect when the account carries a cease on the date asked for. */
export async function findCease(
  client: EntaClient,
  id: ServiceId,
  date: string,
): Promise<{ ourRef: string } | undefined> {
  const account = await client.adslAccount(id);
  const ceasing = /^ceas/i.test(account.status);
  return ceasing && account.ceaseDate?.slice(0, 10) === date ? { ourRef: account.ref } : undefined;
}

/**
 * ModifyLineFeatures took effect when every feature asked for reads back with its new value.
 * Fees cannot be read back, so a change of fees alone can never be confirmed this way.
 */
export async function findFeatureChange(
  client: EntaClient,
  id: ServiceId,
  changes: LineFeatureChanges,
): Promise<LineFeatureChange[] | undefined> {
  const wanted = comparableFeatures(changes);
  if (wanted.length === 0) throw new Error('only fees changed: nothing to read back');

  const { lineFeatures } = await client.adslAccount(id);
  const now: Record<string, string | null> = {
    Interleaving: lineFeatures.interleaving,
    StabilityOption: lineFeatures.stabilityOption,
    ElevatedBestEfforts: yesNo(lineFeatures.elevatedBestEfforts),
    MaintenanceCategory: lineFeatures.maintenanceCategory?.toString() ?? null,
    Upstream: lineFeatures.upstream,
  };
  const applied = wanted.every(({ feature, newValue }) => sameText(now[feature], newValue));
  return applied ? wanted : undefined;
}

function comparableFeatures(changes: LineFeatureChanges): LineFeatureChange[] {
  const values: Record<string, string | undefined> = {
    Interleaving: changes.interleaving,
    StabilityOption: changes.stabilityOption,
    ElevatedBestEfforts: yesNo(changes.elevatedBestEfforts) ?? undefined,
    MaintenanceCategory: changes.maintenanceCategory?.toString(),
    Upstream: changes.upstream,
  };
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([feature, newValue]) => ({ feature, newValue }));
}

function yesNo(value: boolean | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  return value ? 'Yes' : 'No';
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}

/** Telephone numbers compare by their digits, whatever spacing either side used. */
function sameLine(a: string | null | undefined, b: string | null | undefined): boolean {
  const digits = (text: string | null | undefined) => (text ?? '').replace(/\D/g, '');
  return digits(a) !== '' && digits(a) === digits(b);
}
