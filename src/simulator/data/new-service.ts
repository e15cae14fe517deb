import type { EndCustomer, LineFeatures, OveruseMethod, SimService } from '../model';
import { Rng } from '../random';
import type { SimulatorState } from '../state';
import { DOC_ADDRESS_COUNT, documentationAddress } from './people';
import { GB, ProductInfo } from './products';

/** What an order says about the service it asks for. */
export interface NewServiceSpec {
  ref: string;
  product: ProductInfo;
  telephone: string;
  username: string;
  password: string;
  provisionDate: Date;
  customer: EndCustomer;
  customerRef: string;
  email: string;
  telDay: string;
  telEve: string;
  features: Partial<LineFeatures>;
  periodFee?: string;
  careFee?: string;
  bestEffortsFee?: string;
  overuseMethod: OveruseMethod;
  maxPAYGAmount?: string;
}

/** A Pending service for a new order, with a free documentation-range address. */
export function newService(state: SimulatorState, spec: NewServiceSpec): SimService {
  const rng = Rng.from(state.seed, 'new-service', spec.ref);
  const line = [...spec.product.lines].sort((a, b) => b[1] - a[1])[0][0];
  const features: LineFeatures = {
    Interleaving: 'Auto',
    StabilityOption: 'Standard',
    ElevatedBestEfforts: 'No',
    MaintenanceCategory: '5',
    Upstream: 'Standard',
    ...spec.features,
  };

  return {
    ref: spec.ref,
    username: spec.username.toLowerCase(),
    password: spec.password,
    telephone: spec.telephone,
    status: 'Pending',
    connectionType: line,
    product: spec.product.code,
    ipAddress: freeAddress(state),
    provisionDate: spec.provisionDate,
    lineFeatures: features,
    contact: { Email: spec.email, TelDay: spec.telDay, TelEve: spec.telEve },
    prices: {
      PeriodFee: spec.periodFee ?? spec.product.periodFee,
      EnhancedCareFee: spec.careFee ?? (features.MaintenanceCategory === '4' ? '6.00' : '0.00'),
      ElevatedBestEffortsFee: spec.bestEffortsFee ?? '0.00',
    },
    customer: spec.customer,
    customerRef: spec.customerRef,
    dailyDownBytes: Math.round((spec.product.allowanceGb * GB * rng.between(0.1, 0.7)) / 30),
    upShare: rng.between(0.05, 0.2),
    allowanceBytes: spec.product.allowanceGb * GB,
    overuseMethod: spec.overuseMethod,
    topupAllowanceBytes: spec.overuseMethod === 'Topup' ? 5 * GB : 0,
    maxPAYGAmount: spec.maxPAYGAmount ?? '0.00',
    connects: true,
    notes: [],
  };
}

function freeAddress(state: SimulatorState): string {
  const used = new Set(
    [...state.services.values()]
      .filter((service) => service.status !== 'Ceased')
      .map((service) => service.ipAddress),
  );
  for (let index = 0; index < DOC_ADDRESS_COUNT; index++) {
    const address = documentationAddress(index);
    if (!used.has(address)) return address;
  }
  return documentationAddress(state.services.size);
}
