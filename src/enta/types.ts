/**
 * What Enta operations take and return. Dates are ISO `yyyy-mm-dd`, date-times ISO 8601 with
 * the London offset, volumes whole bytes, money decimal strings with two places, and lists are
 * always arrays. See `types-orders.ts` for orders and appointments.
 */

/** Names one service: its ref, its username or its line's telephone number (CLI). */
export type ServiceId = { ref: string } | { username: string } | { cli: string };

/** Red, amber or green: BT's verdict on a line for a technology. */
export type Rag = 'R' | 'A' | 'G';

export interface LineCheckQuery {
  cli?: string;
  postcode?: string;
  /** A migration authorisation code to validate. */
  mac?: string;
  endUserPostcode?: string;
}

export interface LineCheck {
  /** "0" when the check ran. */
  errorCode: string;
  message: string;
  fixedRate: Rag | null;
  rateAdaptive: Rag | null;
  max: { rag: Rag | null; speedKbps: number | null } | null;
  wbc: { rag: Rag | null; speedKbps: number | null } | null;
  /** Only when a MAC was sent. */
  mac: { valid: boolean; reasonCode: string | null } | null;
}

export interface Account {
  ref: string;
  username: string;
  password: string | null;
  cli: string;
  /** `Installed` (live), `Pending`, `Ceasing` or `Ceased`. */
  status: string;
  connectionType: string | null;
  product: string | null;
  ipAddress: string | null;
  provisionDate: string | null;
  ceaseDate: string | null;
  mac: string | null;
  macExpires: string | null;
  lineFeatures: {
    interleaving: string | null;
    stabilityOption: string | null;
    elevatedBestEfforts: boolean | null;
    /** 4 is enhanced care, 5 standard. */
    maintenanceCategory: number | null;
    upstream: string | null;
  };
  contact: ContactDetails;
  prices: PriceDetails;
}

export interface ContactDetails {
  email: string | null;
  telDay: string | null;
  telEve: string | null;
}

export interface PriceDetails {
  periodFee: string | null;
  enhancedCareFee: string | null;
  elevatedBestEffortsFee: string | null;
}

export type ConnectionField =
  | 'Ref'
  | 'Username'
  | 'Telephone'
  | 'Status'
  | 'Product'
  | 'ConnectionType'
  | 'IPAddress'
  | 'ProvisionDate';

export interface ConnectionSummary {
  ref?: string;
  username?: string;
  cli?: string;
  status?: string;
  product?: string;
  connectionType?: string;
  ipAddress?: string;
  provisionDate?: string;
}

export interface UsageDayRecord {
  date: string;
  totalDown: number;
  totalUp: number;
  peakDown: number;
  peakUp: number;
}

export interface UsageIntervalRecord {
  /** The end of the 10-minute interval, with its offset. */
  endsAt: string;
  down: number;
  up: number;
}

export interface UsageTotals {
  startsAt: string;
  endsAt: string;
  download: number;
  upload: number;
  peakDownload: number;
  peakUpload: number;
}

export interface LineFeatureChanges {
  interleaving?: 'Yes' | 'No' | 'Auto';
  stabilityOption?: 'Standard' | 'Stable' | 'Super Stable';
  elevatedBestEfforts?: boolean;
  elevatedBestEffortsFee?: string;
  /** 4 is enhanced care, 5 standard. */
  maintenanceCategory?: 4 | 5;
  maintenanceCategoryFee?: string;
  upstream?: string;
  upstreamFee?: string;
}

export interface LineFeatureChange {
  /** As Enta names it: `Interleaving`, `StabilityOption`, `MaintenanceCategory`, … */
  feature: string;
  newValue: string;
}

/** Which identifier list replies (rate limited, blocked, usage) name services by. */
export type ReturnType = 'Ref' | 'Username' | 'Telephone';

export interface RateLimitedService {
  service: ServiceId;
  rateLimitKbps: number;
}

export interface BlockedService {
  service: ServiceId;
  reason: string | null;
}

export interface InstallEvent {
  receivedAt: string;
  orderType: string;
  substatus: string;
  /** Set when the order is committed to a date. */
  commitDate: string | null;
}

export interface BtFeedRecord {
  cli: string | null;
  customerRef: string | null;
  orderType: string | null;
  substatus: string | null;
  commitDate: string | null;
  at: string | null;
}

export interface Fault {
  faultRef: string;
  ref: string | null;
  cli: string | null;
  reportedAt: string | null;
  status: string | null;
  description: string | null;
}

export interface FaultList {
  totalResults: number;
  faults: Fault[];
}

/** One day, or a range of days, for GetBTFault. */
export type FaultPeriod = { day: string } | { from: string; to: string };

export interface HeavyUser {
  ref: string | null;
  username: string | null;
  cli: string | null;
  usageBytes: number;
  allowanceBytes: number | null;
}

export interface RadiusLogEntry {
  at: string;
  username: string | null;
  ipAddress: string | null;
  /** `Accept` or `Reject`. */
  result: string | null;
  reason: string | null;
}

export interface ConnectionSession {
  username: string | null;
  startsAt: string;
  /** Null while the session is open. */
  endsAt: string | null;
  /** Enta's `Input`: what the line sent. */
  uploadBytes: number;
  /** Enta's `Output`: what the line received. */
  downloadBytes: number;
  terminateCause: string | null;
}

export interface Note {
  at: string | null;
  text: string;
  user: string | null;
}

export interface Allowance {
  usageAllowanceBytes: number | null;
  usedThisMonthBytes: number | null;
  /** `Topup`, `PAYG` or `None`. */
  overuseMethod: string | null;
  topupAllowanceBytes: number | null;
  topupRemainingBytes: number | null;
  maxPaygAmount: string | null;
}

export interface MaxReportRecord {
  syncAt: string | null;
  bipUpdateAt: string | null;
  lineRateAt: string | null;
  downstreamKbps: number | null;
  upstreamKbps: number | null;
}

export interface MaxReport {
  /** `Line RateChange` or `Service Profile`. */
  name: string;
  records: MaxReportRecord[];
}

export interface UsageQuery {
  from: string;
  to: string;
  minUsageBytes?: number;
  product?: string;
  returnType: ReturnType;
}

export interface ServiceUsage {
  service: ServiceId;
  download: number;
  upload: number;
}
