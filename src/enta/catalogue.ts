/**
 * The Enta operation catalogue: for each operation, the verb, the URI it is sent to and, for
 * writes, the request type written into the document. Plain constants: the simulator reads
 * them too, while each side keeps its own XML code.
 */
export type Verb = 'GET' | 'POST';

export interface OperationSpec {
  readonly verb: Verb;
  /** The `{Uri}` in `{base}{version}/{Uri}.php`. */
  readonly uri: string;
  /** Writes only: `Type` on the request's `Response` (or `OperationResponse` in short form). */
  readonly requestType?: string;
  /** Writes only: the short document form with no `Response` element. */
  readonly shortForm?: boolean;
}

const read = (uri: string): OperationSpec => ({ verb: 'GET', uri });
const write = (uri: string, requestType: string, shortForm = false): OperationSpec => ({
  verb: 'POST',
  uri,
  requestType,
  shortForm,
});

export const OPERATIONS = {
  ADSLChecker: read('ADSLChecker'),
  AdslAccount: read('AdslAccount'),
  ListConnections: read('ListConnections'),
  CheckUsernameAvailable: read('CheckUsernameAvailable'),
  GetInterleaving: read('GetInterleaving'),
  GetAdslInstall: read('GetAdslInstall'),
  GetBTFeed: read('GetBTFeed'),
  PendingOrders: read('PendingOrders'),
  PSTNPendingOrders: read('PSTNPendingOrders'),
  GetRateLimited: read('GetRateLimited'),
  GetBlocked: read('GetBlocked'),
  GetBTFault: read('GetBTFault'),
  GetHeavyUsers: read('GetHeavyUsers'),
  LastRadiusLog: read('LastRadiusLog'),
  ConnectionHistory: read('ConnectionHistory'),
  GetNotes: read('GetNotes'),
  RequestMAC: read('RequestMAC'),
  ADSLTopup: read('ADSLTopup'),
  UsageHistory: read('UsageHistory'),
  UsageHistoryDetail: read('UsageHistoryDetail'),
  GetMaxReports: read('GetMaxReports'),
  GetOpenADSLFaults: read('GetOpenADSLFaults'),
  GetADSLUsage: read('GetADSLUsage'),
  CeaseADSLOrder: read('CeaseADSLOrder'),
  ModifyLineFeatures: write('ModifyLineFeatures', 'ModifyLineFeatures'),
  UpdateADSLContact: write('UpdateADSLContact', 'UpdateADSLContact', true),
  UpdateADSLPrice: write('UpdateADSLPrice', 'UpdateADSLPrice', true),
  CreateADSLOrder: write('CreateADSLOrder', 'ADSLOrder'),
  CreateLLUOrder: write('CreateLluOrder', 'LluOrder'),
  RequestAppointmentBook: write('Appointments', 'RequestAppointmentBook'),
  RequestAppointmentSlot: write('Appointments', 'RequestAppointmentSlot'),
  Poll: write('Appointments', 'Poll'),
} as const satisfies Record<string, OperationSpec>;

export type OperationName = keyof typeof OPERATIONS;

/** Sent when a CreateADSLOrder carries a migration MAC. */
export const MIGRATION_ORDER_TYPE = 'ADSLMigrationOrder';

/** Enta's error codes as the simulator answers them (see WIRE.md). */
export const ENTA_ERROR = {
  BadField: '101',
  NoSuchService: '102',
  BadDate: '103',
  WrongState: '104',
  UnknownToken: '105',
  UsernameTaken: '110',
} as const;

export const BASIC_REALM = 'Entanet Partner Logon';
