import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AdslOrder, BillingAccount, LluOrder, SiteContact } from '../src/enta';
import {
  assertOrderableDate,
  parsePostcode,
  parseUkTelephone,
  parseIsoDate,
  parseLineCli,
  resolveServiceId,
  toMoney,
} from '../src/domain';
import { clearAfterWrite } from '../src/loaders';
import { BadUserInputError } from '../src/errors';
import type { RequestContext } from '../src/server/context';
import { runIdempotent } from '../src/store';
import { CeaseServiceInput, CeaseServicePayload } from '../types/cease.input';
import { PlaceLluOrderInput, PlaceLluOrderPayload } from '../types/llu-order.input';
import { OveruseMethod, PlaceOrderInput, PlaceOrderPayload } from '../types/order.input';
import { CareLevel } from '../types/service.type';
import type { OrderSource } from './order.mapping';
import { ENTA_INTERLEAVING, ENTA_STABILITY } from './service.mapping';

const ENTA_OVERUSE = {
  [OveruseMethod.TOPUP]: 'Topup',
  [OveruseMethod.PAYG]: 'PAYG',
  [OveruseMethod.NONE]: 'None',
} as const;

/** Enta bills the reseller, not the end customer, so the order's payment is by invoice. */
const RESELLER_PAYMENT_METHOD = 'Invoice';

/** The mutations that place orders and ceases; the Order fields are in order.resolver.ts. */
@Resolver()
export class OrderPlacingResolver {
  @Mutation(() => PlaceOrderPayload, { description: 'Orders broadband on a line.' })
  async placeOrder(
    @Arg('input') input: PlaceOrderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PlaceOrderPayload> {
    const order = toAdslOrder(input, ctx.clock.now());

    return runIdempotent(ctx, 'placeOrder', input, async () => {
      const placed = await ctx.enta.createAdslOrder(order);
      clearAfterWrite(ctx.loaders);

      // Status and commit date are left to the Order fields, which ask Enta's pending orders.
      const source: OrderSource = {
        ref: placed.ourRef,
        cli: order.cli,
        orderType: input.mac ? 'Migration' : 'Provide',
      };
      return { order: source as never, telephonePaymentCode: placed.telephonePaymentCode };
    });
  }

  @Mutation(() => PlaceLluOrderPayload, { description: 'Orders an LLU service on a line.' })
  async placeLluOrder(
    @Arg('input') input: PlaceLluOrderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PlaceLluOrderPayload> {
    const order = toLluOrder(input, ctx.clock.now());

    return runIdempotent(ctx, 'placeLluOrder', input, async () => {
      const placed = await ctx.enta.createLluOrder(order);
      clearAfterWrite(ctx.loaders);

      const source: OrderSource = { ref: placed.ourRef, cli: order.cli };
      return { order: source as never };
    });
  }

  @Mutation(() => CeaseServicePayload, { description: 'Ceases a service on a date.' })
  async ceaseService(
    @Arg('input') input: CeaseServiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CeaseServicePayload> {
    const id = resolveServiceId(input);
    const date = assertOrderableDate(parseIsoDate(input.date, 'date'),
      ctx.clock.now(), 'date');

    return runIdempotent(ctx, 'ceaseService', input, async () => {
      const accepted = await ctx.enta.ceaseAdslOrder(id, date);
      clearAfterWrite(ctx.loaders);
      return { orderRef: accepted.ourRef, date };
    });
  }
}

/** Checks what class-validator cannot (dates against today, phone and postcode forms). */
function toAdslOrder(input: PlaceOrderInput, now: Date): AdslOrder {
  if (input.overuseMethod === OveruseMethod.PAYG && input.maxPaygAmount === undefined) {
    throw new BadUserInputError('maxPaygAmount is required when overuseMethod is PAYG',
      'maxPaygAmount');
  }
  const provisionDate = assertOrderableDate(
    parseIsoDate(input.provisionDate, 'provisionDate'), now, 'provisionDate');
  const site = siteContact(input);

  return {
    ...site,
    product: input.productId,
    cli: parseLineCli(input.cli, 'cli'),
    provisionDate,
    username: input.username,
    password: input.password,
    realm: input.realm,
    careLevel: input.careLevel === CareLevel.ENHANCED ? 'Enhanced' : 'Standard',
    lineSpeed: input.lineSpeed,
    overuseMethod: ENTA_OVERUSE[input.overuseMethod],
    maxPaygAmount: input.maxPaygAmount && toMoney(input.maxPaygAmount, 'maxPaygAmount'),
    interleave: input.interleaving && ENTA_INTERLEAVING[input.interleaving],
    stabilityOption: input.stabilityOption && ENTA_STABILITY[input.stabilityOption],
    bestEfforts: input.elevatedBestEfforts,
    mac: input.mac,
    ispName: input.losingIsp,
    appointmentReference: input.appointmentReference,
    billingAccount: billingAccount(input),
    // The order's end customer is new to Enta and is the person at the site.
    customerRecord: { customerId: 'New', ...site },
  };
}

/** The LLU order's checks: the same dates, numbers and addresses as an ADSL order. */
function toLluOrder(input: PlaceLluOrderInput, now: Date): LluOrder {
  const provisionDate = assertOrderableDate(
    parseIsoDate(input.provisionDate, 'provisionDate'), now, 'provisionDate');
  const site = siteContact(input);
  const charge = (value: string | undefined, field: string) =>
    value === undefined ? undefined : toMoney(value, field);

  return {
    ...site,
    product: input.productId,
    cli: parseLineCli(input.cli, 'cli'),
    provisionDate,
    mac: input.mac?.toUpperCase(),
    charges: {
      initial: charge(input.initialCharge, 'initialCharge'),
      recurring: charge(input.recurringCharge, 'recurringCharge'),
    },
    radius: {
      username: input.username,
      password: input.password,
      realm: input.realm,
      ipv4Addresses: input.ipv4Addresses,
      ipv6Enabled: input.ipv6Enabled,
    },
    billingAccount: billingAccount(input),
    customerRecord: { customerId: 'New', ...site },
  };
}

function billingAccount(input: {
  clientRef: string;
  billingPeriod: number;
  contractTerm: number;
}): BillingAccount {
  return {
    purchaseOrderNumber: input.clientRef,
    billingPeriod: String(input.billingPeriod),
    contractTerm: String(input.contractTerm),
    initialPaymentMethod: RESELLER_PAYMENT_METHOD,
    ongoingPaymentMethod: RESELLER_PAYMENT_METHOD,
    paymentMethod: RESELLER_PAYMENT_METHOD,
  };
}

function siteContact(input: { site: PlaceOrderInput['site'] }): SiteContact {
  const { site } = input;
  return {
    title: site.title,
    firstName: site.firstName,
    surname: site.surname,
    companyName: site.companyName,
    building: site.building,
    street: site.street,
    town: site.town,
    county: site.county,
    postcode: parsePostcode(site.postcode, 'site.postcode'),
    telephoneDay: parseUkTelephone(site.telephoneDay, 'site.telephoneDay'),
    telephoneEvening: site.telephoneEvening === undefined
      ? undefined
      : parseUkTelephone(site.telephoneEvening, 'site.telephoneEvening'),
    email: site.email,
  };
}
