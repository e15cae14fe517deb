import { MIGRATION_ORDER_TYPE } from '../catalogue';
import { Transport } from '../transport';
import { ServiceId } from '../types';
import { AdslOrder, AdslOrderReceipt, LluOrder } from '../types-orders';
import { billingAccountFields, customerRecordFields, siteContactFields } from './order-fields';
import { requireText, shapeError, text } from './reading';
import { serviceIdFields } from './service-id';
import { moneyArg, shortSlashDateArg, slashDateArg, yesNo } from './values';

/**
 * CreateADSLOrder: a new ADSL/FTTC service, or a migration when a MAC is given. Returns the new
 * service's reference and, when Enta asks for a card payment, the code to quote.
 */
export async function createAdslOrder(
  transport: Transport,
  order: AdslOrder,
): Promise<AdslOrderReceipt> {
  const reply = await transport.post(
    'CreateADSLOrder',
    {
      ADSLAccount: adslAccountFields(order),
      BillingAccount: billingAccountFields(order.billingAccount),
      CustomerRecord: customerRecordFields(order.customerRecord),
      AppointmentDetails: { AppointmentReference: order.appointmentReference },
    },
    { requestType: order.mac ? MIGRATION_ORDER_TYPE : undefined },
  );

  return {
    ourRef: requireText(reply.body, 'OurRef'),
    telephonePaymentCode: text(reply.body, 'TelephonePaymentCode'),
  };
}

function adslAccountFields(order: AdslOrder) {
  return {
    Product: order.product,
    ProductInitialFee: moneyArg(order.productInitialFee, 'productInitialFee'),
    ProductOngoingFee: moneyArg(order.productOngoingFee, 'productOngoingFee'),
    ...siteContactFields(order),
    Telephone: order.cli,
    ProvisionDate: slashDateArg(order.provisionDate, 'provisionDate'),
    NAT: order.nat,
    InitialNoNATFee: moneyArg(order.initialNoNatFee, 'initialNoNatFee'),
    NoNatReason: order.noNatReason,
    Username: order.username,
    Password: order.password,
    ISPName: order.ispName,
    CareLevel: order.careLevel,
    InitialCareLevelFee: moneyArg(order.initialCareLevelFee, 'initialCareLevelFee'),
    OngoingCareLevelFee: moneyArg(order.ongoingCareLevelFee, 'ongoingCareLevelFee'),
    LineSpeed: order.lineSpeed,
    OveruseMethod: order.overuseMethod,
    MaxPAYGAmount: moneyArg(order.maxPaygAmount, 'maxPaygAmount'),
    MAC: order.mac,
    Realm: order.realm,
    BaseDomain: order.baseDomain,
    StabilityOption: order.stabilityOption,
    Interleave: order.interleave,
    BestEfforts: yesNo(order.bestEfforts),
    BestEffortsInitialFee: moneyArg(order.bestEffortsInitialFee, 'bestEffortsInitialFee'),
    BestEffortsOngoingFee: moneyArg(order.bestEffortsOngoingFee, 'bestEffortsOngoingFee'),
    InstallFee: moneyArg(order.installFee, 'installFee'),
    Upstream: order.upstream,
    UpstreamInitialFee: moneyArg(order.upstreamInitialFee, 'upstreamInitialFee'),
    UpstreamOngoingFee: moneyArg(order.upstreamOngoingFee, 'upstreamOngoingFee'),
    AssignIPV6: yesNo(order.assignIpv6),
  };
}

/** CreateLLUOrder (URI `CreateLluOrder`, request type `LluOrder`): a new LLU service. */
export async function createLluOrder(
  transport: Transport,
  order: LluOrder,
): Promise<{ ourRef: string }> {
  const ipv4 = order.radius.ipv4Addresses;
  const reply = await transport.post('CreateLLUOrder', {
    ADSLAccount: {
      Product: order.product,
      ...siteContactFields(order),
      Telephone: order.cli,
      ProvisionDate: shortSlashDateArg(order.provisionDate, 'provisionDate'),
      MAC: order.mac,
      Charges: {
        Initial: moneyArg(order.charges?.initial, 'charges.initial'),
        Recurring: moneyArg(order.charges?.recurring, 'charges.recurring'),
      },
    },
    RadiusDetails: {
      Username: order.radius.username,
      Password: order.radius.password,
      Realm: order.radius.realm,
      BaseDomain: order.radius.baseDomain,
      IPAddresses: {
        IPv4: { NumberRequired: ipv4 === undefined ? undefined : String(ipv4) },
        IPv6: { Enabled: yesNo(order.radius.ipv6Enabled) },
      },
    },
    BillingAccount: billingAccountFields(order.billingAccount),
    CustomerRecord: customerRecordFields(order.customerRecord),
  });

  return { ourRef: requireText(reply.body, 'OurRef') };
}

/**
 * CeaseADSLOrder: asks Enta to cease the service on `date` (ISO). Enta accepts with
 * `Type="Accept"` on OperationResponse and the service's ref.
 */
export async function ceaseAdslOrder(
  transport: Transport,
  id: ServiceId,
  date: string,
): Promise<{ ourRef: string }> {
  const reply = await transport.get('CeaseADSLOrder', {
    ...serviceIdFields(id),
    ceaseDate: slashDateArg(date, 'date'),
  });

  if (reply.operationType?.toLowerCase() !== 'accept') throw shapeError('cease not accepted');
  return { ourRef: requireText(reply.body, 'OurRef') };
}
