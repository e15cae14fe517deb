/** The simulator's state, in the words of the wire (field names match reply elements). */

export type ServiceStatus = 'Installed' | 'Pending' | 'Ceasing' | 'Ceased';
export type ConnectionType = 'ADSL' | 'ADSL2+' | 'FTTC';
export type OrderStage = 'ACKNOWLEDGED' | 'COMMITTED' | 'COMPLETED';
export type OveruseMethod = 'Topup' | 'PAYG' | 'None';

export interface LineFeatures {
  Interleaving: string;
  StabilityOption: string;
  ElevatedBestEfforts: string;
  MaintenanceCategory: string;
  Upstream: string;
}

export interface ContactDetails {
  Email: string;
  TelDay: string;
  TelEve: string;
}

export interface PriceDetails {
  PeriodFee: string;
  EnhancedCareFee: string;
  ElevatedBestEffortsFee: string;
}

export interface EndCustomer {
  title: string;
  firstName: string;
  surname: string;
  building: string;
  street: string;
  town: string;
  county: string;
  postcode: string;
}

export interface Note {
  timeStamp: Date;
  text: string;
  user: string;
}

/** One broadband service (a line with a login), live or not. */
export interface SimService {
  ref: string;
  username: string;
  password: string;
  telephone: string;
  status: ServiceStatus;
  connectionType: ConnectionType;
  product: string;
  ipAddress: string;
  /** The live date once installed; the requested date while pending. */
  provisionDate: Date;
  /** When usage may start: set when the provide completes. */
  activatedAt?: Date;
  ceaseDate?: Date;
  mac?: string;
  macExpires?: Date;
  macRequestedAt?: Date;
  lineFeatures: LineFeatures;
  contact: ContactDetails;
  prices: PriceDetails;
  customer: EndCustomer;
  /** The reseller's own reference (PurchaseOrderNumber). */
  customerRef: string;
  /** Mean daily download in bytes; upload is a share of it. */
  dailyDownBytes: number;
  upShare: number;
  allowanceBytes: number;
  overuseMethod: OveruseMethod;
  topupAllowanceBytes: number;
  maxPAYGAmount: string;
  blockedReason?: string;
  rateLimitKbps?: number;
  /** Whether RADIUS has sessions for it (a few live lines never connect). */
  connects: boolean;
  notes: Note[];
}

export type OrderKind = 'provide' | 'cease' | 'pstn';

/** An order moving through BT's stages; it leaves PendingOrders when completed. */
export interface SimOrder {
  ourRef: string;
  kind: OrderKind;
  orderType: string;
  telephone: string;
  username: string;
  product: string;
  customerRef: string;
  /** `PLACED` only until the next settle acknowledges it: never seen on the wire. */
  status: 'PLACED' | OrderStage;
  placedAt: Date;
  provisionDate: Date;
  commitDate?: Date;
}

/** A line of the BT feed (GetBTFeed). */
export interface FeedRecord {
  telephone: string;
  customerRef: string;
  orderType: string;
  subStatus: OrderStage;
  commitDate?: Date;
  timestamp: Date;
}

/** A provisioning event on a service (GetAdslInstall). */
export interface InstallReturn {
  ref: string;
  dateReceived: Date;
  orderType: string;
  substatus: OrderStage;
  commitDate?: Date;
}

export interface Fault {
  faultRef: string;
  ourRef: string;
  telephone: string;
  reported: Date;
  status: 'Open' | 'Cleared';
  description: string;
}

/** An appointment search or booking waiting to be polled. */
export interface AppointmentRequest {
  token: string;
  kind: 'book' | 'slot';
  /** ISO date asked for. */
  date: string;
  timeSlot?: 'AM' | 'PM';
  telephone: string;
  polls: number;
}

/** How a request names a service: exactly one of these is set. */
export interface ServiceId {
  ref?: string;
  username?: string;
  telephone?: string;
}
