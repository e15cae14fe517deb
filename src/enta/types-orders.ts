/** What order, cease, pending-order and appointment operations take and return. */

/** The end customer's record on an order; `customerId` is `New` for a new end customer. */
export interface CustomerRecord {
  customerId: string;
  title?: string;
  firstName?: string;
  surname?: string;
  companyName?: string;
  building?: string;
  street?: string;
  town?: string;
  county?: string;
  postcode?: string;
  telephoneDay?: string;
  telephoneEvening?: string;
  fax?: string;
  email?: string;
}

export interface BillingAccount {
  /** The reseller's own reference for the order. */
  purchaseOrderNumber: string;
  billingPeriod: string;
  contractTerm: string;
  initialPaymentMethod: string;
  ongoingPaymentMethod: string;
  paymentMethod: string;
}

/** Where the line is and whom to contact about it. */
export interface SiteContact {
  title: string;
  firstName: string;
  surname: string;
  companyName?: string;
  building?: string;
  street: string;
  town: string;
  county: string;
  postcode: string;
  onsiteHazards?: string;
  telephoneDay: string;
  telephoneEvening?: string;
  fax?: string;
  email: string;
}

/** Every CreateADSLOrder field; money as decimal strings, `provisionDate` ISO. */
export interface AdslOrder extends SiteContact {
  product: string;
  productInitialFee?: string;
  productOngoingFee?: string;
  /** The line's telephone number. */
  cli: string;
  provisionDate: string;
  /** IPv4 block size. */
  nat?: string;
  initialNoNatFee?: string;
  noNatReason?: string;
  username: string;
  password: string;
  /** The losing ISP on a migration. */
  ispName?: string;
  careLevel: string;
  initialCareLevelFee?: string;
  ongoingCareLevelFee?: string;
  lineSpeed: string;
  overuseMethod: string;
  maxPaygAmount?: string;
  /** A migration authorisation code: makes the order a migration. */
  mac?: string;
  realm?: string;
  baseDomain?: string;
  stabilityOption?: string;
  interleave?: string;
  bestEfforts?: boolean;
  bestEffortsInitialFee?: string;
  bestEffortsOngoingFee?: string;
  installFee?: string;
  upstream?: string;
  upstreamInitialFee?: string;
  upstreamOngoingFee?: string;
  assignIpv6?: boolean;
  billingAccount: BillingAccount;
  customerRecord: CustomerRecord;
  appointmentReference?: string;
}

export interface AdslOrderReceipt {
  ourRef: string;
  telephonePaymentCode: string | null;
}

export interface LluOrder extends SiteContact {
  product: string;
  cli: string;
  /** ISO date; sent as `dd/mm/yy`. */
  provisionDate: string;
  mac?: string;
  charges?: { initial?: string; recurring?: string };
  radius: {
    username: string;
    password: string;
    realm?: string;
    baseDomain?: string;
    ipv4Addresses?: number;
    ipv6Enabled?: boolean;
  };
  billingAccount: BillingAccount;
  customerRecord: CustomerRecord;
}

export interface PendingOrder {
  ourRef: string | null;
  cli: string | null;
  username: string | null;
  product: string | null;
  orderType: string | null;
  /** `ACKNOWLEDGED`, `COMMITTED` or `COMPLETED`. */
  status: string | null;
  customerRef: string | null;
  provisionDate: string | null;
  commitDate: string | null;
}

export interface PendingOrders {
  numberOfOrders: number;
  orders: PendingOrder[];
}

export interface AppointmentAttribute {
  name: string;
  value: string;
}

export interface AppointmentSearch {
  /** ISO date. */
  date: string;
  cli: string;
  attributes?: AppointmentAttribute[];
}

export interface AppointmentBooking extends AppointmentSearch {
  timeSlot: 'AM' | 'PM';
}

export interface AppointmentSlot {
  date: string;
  timeSlot: string;
}

export interface BookedAppointment extends AppointmentSlot {
  reference: string | null;
}

/** What a poll found: `Pending` until the exchange has answered. */
export interface PollResult {
  status: 'Pending' | 'Complete' | 'Failed';
  /** For a slot search, when complete. */
  slots: AppointmentSlot[] | null;
  /** For a booking, when complete. */
  appointment: BookedAppointment | null;
  errorDescription: string | null;
}
