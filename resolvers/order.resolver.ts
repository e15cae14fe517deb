import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AdslOrder, SiteContact } from '../src/enta';
import {
  assertNotBeforeFirstAvailable,
  parsePostcode,
  parseUkTelephone,
  parseIsoDate,
  resolveServiceId,
  toMoney,
} from '../src/domain';
import type { RequestContext } from '../src/server/context';
import { runIdempotent } from '../src/store';
import { CeaseServiceInput, CeaseServicePayload } from '../types/cease.input';
import { OveruseMethod, PlaceOrderInput, PlaceOrderPayload } from '../types/order.input';
import { Order } from '../types/order.type';
import { CareLevel } from '../types/service.type';
import { ENTA_INTERLEAVING, ENTA_STABILITY } from './service.mapping';

const ENTA_OVERUSE = {
  [OveruseMethod.TOPUP]: 'Topup',
  [OveruseMethod.PAYG]: 'PAYG',
  [OveruseMethod.NONE]: 'None',
} as const;

/** Enta bills the reseller, not the end customer, so the order's payment is by invoice. */
const RESELLER_PAYMENT_METHOD = 'Invoice';

@Resolver(() => Order)
export class OrderResolver {
  @Mutation(() => PlaceOrderPayload, { description: 'Orders broadband on a line.' })
  async placeOrder(
    @Arg('input') input: PlaceOrderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PlaceOrderPayload> {
    return runIdempotent(ctx, 'placeOrder', input, () => this.sendOrder(input, ctx));
  }

  private async sendOrder(input: PlaceOrderInput, ctx: RequestContext) {
    const order = toAdslOrder(input, ctx.clock.now());
    const placed = await ctx.enta.createAdslOrder(order);

    return {
      order: {
        ref: placed.ourRef,
        cli: order.cli,
        status: null,
        orderType: input.mac ? 'Migration' : 'Provide',
        commitDate: null,
        service: { id: { ref: placed.ourRef } } as never,
        events: [],
      },
      telephonePaymentCode: placed.telephonePaymentCode,
    };
  }

  @Mutation(() => CeaseServicePayload, { description: 'Ceases a service on a date.' })
  async ceaseService(
    @Arg('input') input: CeaseServiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CeaseServicePayload> {
    return runIdempotent(ctx, 'ceaseService', input, () => this.sendCease(input, ctx));
  }

  private async sendCease(input: CeaseServiceInput, ctx: RequestContext) {
    const id = resolveServiceId(input);
    const date = assertNotBeforeFirstAvailable(parseIsoDate(input.date, 'date'),
      ctx.clock.now(), 'date');

    const accepted = await ctx.enta.ceaseAdslOrder(id, date);
    ctx.loaders.account.clearAll();
    return { orderRef: accepted.ourRef, date };
  }
}

/** Checks what class-validator cannot (dates against today, phone and postcode forms). */
function toAdslOrder(input: PlaceOrderInput, now: Date): AdslOrder {
  const provisionDate = assertNotBeforeFirstAvailable(
    parseIsoDate(input.provisionDate, 'provisionDate'), now, 'provisionDate');
  const site = siteContact(input);

  return {
    ...site,
    product: input.productId,
    cli: parseUkTelephone(input.cli, 'cli'),
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
    billingAccount: {
      purchaseOrderNumber: input.clientRef,
      billingPeriod: String(input.billingPeriod),
      contractTerm: String(input.contractTerm),
      initialPaymentMethod: RESELLER_PAYMENT_METHOD,
      ongoingPaymentMethod: RESELLER_PAYMENT_METHOD,
      paymentMethod: RESELLER_PAYMENT_METHOD,
    },
    // The order's end customer is new to Enta and is the person at the site.
    customerRecord: { customerId: 'New', ...site },
  };
}

function siteContact(input: PlaceOrderInput): SiteContact {
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
