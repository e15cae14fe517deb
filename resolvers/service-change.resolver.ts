import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError, NotSupportedError } from '../src/errors';
import { parseUkTelephone, resolveServiceId, toMoney } from '../src/domain';
import { clearAfterWrite } from '../src/loaders';
import { runIdempotent } from '../src/store';
import type { RequestContext } from '../src/server/context';
import {
  ChangeProductInput,
  ChangeProductPayload,
  RequestMacInput,
  RequestMacPayload,
  SetElevatedBestEffortsInput,
  SetElevatedBestEffortsPayload,
  SetInterleavingInput,
  SetInterleavingPayload,
  SetStabilityOptionInput,
  SetStabilityOptionPayload,
  UpdateContactInput,
  UpdateContactPayload,
  UpdatePriceInput,
  UpdatePricePayload,
} from '../types/service-change.input';
import { applyChanges } from './line-features.resolver';
import { ENTA_INTERLEAVING, ENTA_STABILITY, type ServiceSource } from './service.mapping';

/** One-purpose changes to a service: single line features, contact, prices and MACs. */
@Resolver()
export class ServiceChangeResolver {
  @Mutation(() => SetInterleavingPayload, { description: 'Sets interleaving on a service.' })
  setInterleaving(@Arg('input') input: SetInterleavingInput, @Ctx() ctx: RequestContext) {
    const changes = { interleaving: ENTA_INTERLEAVING[input.mode] };
    return runIdempotent(ctx, 'setInterleaving', input, () => applyChanges(input, changes, ctx));
  }

  @Mutation(() => SetStabilityOptionPayload, { description: 'Sets the stability option.' })
  setStabilityOption(@Arg('input') input: SetStabilityOptionInput, @Ctx() ctx: RequestContext) {
    const changes = { stabilityOption: ENTA_STABILITY[input.option] };
    return runIdempotent(ctx, 'setStabilityOption', input,
      () => applyChanges(input, changes, ctx));
  }

  @Mutation(() => SetElevatedBestEffortsPayload, {
    description: 'Turns elevated best efforts on or off; the fee is Enta\'s default if absent.',
  })
  setElevatedBestEfforts(
    @Arg('input') input: SetElevatedBestEffortsInput,
    @Ctx() ctx: RequestContext,
  ) {
    const fee = input.fee === undefined ? undefined : toMoney(input.fee, 'fee');
    const changes = { elevatedBestEfforts: input.enabled, elevatedBestEffortsFee: fee };
    return runIdempotent(ctx, 'setElevatedBestEfforts', input,
      () => applyChanges(input, changes, ctx));
  }

  @Mutation(() => UpdateContactPayload, { description: "Changes the end customer's contact." })
  async updateContact(
    @Arg('input') input: UpdateContactInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateContactPayload> {
    const id = resolveServiceId(input);
    const phone = (value: string | undefined, field: string) =>
      value === undefined ? undefined : parseUkTelephone(value, field);
    const contact = {
      email: input.email,
      telDay: phone(input.telephoneDay, 'telephoneDay'),
      telEve: phone(input.telephoneEvening, 'telephoneEvening'),
    };
    requireOne(contact, 'email');

    return runIdempotent(ctx, 'updateContact', input, async () => {
      const saved = await ctx.enta.updateAdslContact(id, contact);
      clearAfterWrite(ctx.loaders);
      return {
        contact: { email: saved.email, telephoneDay: saved.telDay,
          telephoneEvening: saved.telEve },
        service: { id } satisfies ServiceSource as never,
      };
    });
  }

  @Mutation(() => UpdatePricePayload, { description: 'Changes what is charged for a service.' })
  async updatePrice(
    @Arg('input') input: UpdatePriceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdatePricePayload> {
    const id = resolveServiceId(input);
    const money = (value: string | undefined, field: string) =>
      value === undefined ? undefined : toMoney(value, field);
    const prices = {
      periodFee: money(input.periodFee, 'periodFee'),
      enhancedCareFee: money(input.enhancedCareFee, 'enhancedCareFee'),
      elevatedBestEffortsFee: money(input.elevatedBestEffortsFee, 'elevatedBestEffortsFee'),
    };
    requireOne(prices, 'periodFee');

    return runIdempotent(ctx, 'updatePrice', input, async () => {
      const saved = await ctx.enta.updateAdslPrice(id, prices);
      clearAfterWrite(ctx.loaders);
      return { prices: saved, service: { id } satisfies ServiceSource as never };
    });
  }

  @Mutation(() => RequestMacPayload, {
    description:
      'The MAC when the service already has one; otherwise asks Enta for one, which appears ' +
      'on Service.mac within a working day.',
  })
  async requestMac(
    @Arg('input') input: RequestMacInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RequestMacPayload> {
    const id = resolveServiceId(input);
    const service = { id } satisfies ServiceSource as never;

    const account = await ctx.loaders.account.load(id);
    if (account.mac) {
      const mac = { code: account.mac, expiresAt: account.macExpires };
      return { mac, requested: false, service };
    }

    const { status } = await runIdempotent(ctx, 'requestMac', input,
      () => ctx.enta.requestMac({ ref: account.ref }));
    clearAfterWrite(ctx.loaders);

    // Issued between our read and the request: show the MAC rather than a request.
    if (status.toLowerCase() === 'issued') {
      const fresh = await ctx.loaders.account.load(id);
      const mac = fresh.mac ? { code: fresh.mac, expiresAt: fresh.macExpires } : null;
      return { mac, requested: mac === null, service };
    }
    return { mac: null, requested: true, service };
  }

  @Mutation(() => ChangeProductPayload, {
    description:
      'Always NOT_SUPPORTED: Enta\'s API has no product change (nor regrade). Cease the ' +
      'service and place a new order for the product wanted.',
  })
  changeProduct(@Arg('input') input: ChangeProductInput): ChangeProductPayload {
    throw new NotSupportedError(
      `Enta's API offers no product change, so ${input.productId} cannot be applied in place: ` +
      'cease the service (ceaseService) and place a new order (placeOrder).',
    );
  }
}

function requireOne(values: Record<string, string | undefined>, field: string): void {
  if (Object.values(values).every((value) => value === undefined)) {
    throw new BadUserInputError('give at least one value to change', field);
  }
}
