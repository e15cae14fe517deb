import { setTimeout as sleep } from 'node:timers/promises';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppointmentAttribute, PollResult } from '../src/enta';
import { BadUserInputError } from '../src/errors';
import { assertOrderableDate, parseIsoDate, parseLineCli } from '../src/domain';
import type { RequestContext } from '../src/server/context';
import {
  AppointmentAttributeInput,
  BookAppointmentInput,
  RequestAppointmentsInput,
} from '../types/appointment.input';
import { AppointmentRequest, AppointmentRequestState } from '../types/appointment.type';
import { Line } from '../types/line.type';
import { DateScalar } from '../types/scalars';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

/** The longest single wait between polls, however long the overall limit. */
const MAX_POLL_DELAY_MS = 1000;

/**
 * Engineer appointments. Enta answers a search or booking with a token and the result comes
 * later by polling; the mutations poll for the caller for a bounded time, and hand the token
 * back in state PENDING when the exchange is slower than that.
 */
@Resolver(() => Line)
export class AppointmentResolver {
  @Query(() => AppointmentRequest, { description: 'Polls an appointment search or booking.' })
  async appointmentRequest(
    @Arg('token', () => ID) token: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentRequest> {
    if (!TOKEN_SHAPE.test(token)) {
      throw new BadUserInputError('token must be a token this API gave out', 'token');
    }
    return toRequest(token, await ctx.enta.poll(token));
  }

  @Mutation(() => AppointmentRequest, { description: 'Searches for free engineer slots.' })
  requestAppointments(
    @Arg('input') input: RequestAppointmentsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentRequest> {
    const cli = parseLineCli(input.cli, 'cli');
    return searchSlots({ cli, from: input.from, attributes: input.attributes }, ctx);
  }

  @Mutation(() => AppointmentRequest, { description: 'Books one engineer slot.' })
  async bookAppointment(
    @Arg('input') input: BookAppointmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentRequest> {
    const cli = parseLineCli(input.cli, 'cli');
    const date = notBeforeFirstAvailable(input.date, 'date', ctx);

    const { token } = await ctx.enta.requestAppointmentSlot({
      cli, date, timeSlot: input.timeSlot, attributes: attributes(input.attributes),
    });
    return pollForAnswer(token, ctx);
  }

  @FieldResolver(() => AppointmentRequest, {
    description: 'Free engineer slots on this line from a date (the line must be given by cli).',
  })
  appointments(
    @Root() line: Line,
    @Arg('from', () => DateScalar) from: string,
    @Arg('attributes', () => [AppointmentAttributeInput], { nullable: true })
    attributeList: AppointmentAttributeInput[] | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<AppointmentRequest> {
    if (!line.cli) {
      throw new BadUserInputError('appointments need the line given by cli', 'cli');
    }
    return searchSlots({ cli: line.cli, from, attributes: attributeList }, ctx);
  }
}

async function searchSlots(
  search: { cli: string; from: string; attributes?: AppointmentAttributeInput[] },
  ctx: RequestContext,
): Promise<AppointmentRequest> {
  const date = notBeforeFirstAvailable(search.from, 'from', ctx);
  const { token } = await ctx.enta.requestAppointmentBook({
    cli: search.cli, date, attributes: attributes(search.attributes),
  });
  return pollForAnswer(token, ctx);
}

/**
 * Polls with doubling waits until the answer comes or the next wait would pass the limit.
 * The limit is wall time (how long a caller waits for this response), not the business
 * clock, which may stand still in tests.
 */
async function pollForAnswer(token: string, ctx: RequestContext): Promise<AppointmentRequest> {
  const deadline = performance.now() + ctx.config.appointmentPollTimeoutMs;
  let delay = ctx.config.appointmentFirstPollDelayMs;

  while (performance.now() + delay <= deadline) {
    await sleep(delay);

    const result = await ctx.enta.poll(token);
    if (result.status !== 'Pending') return toRequest(token, result);
    delay = Math.min(delay * 2, MAX_POLL_DELAY_MS);
  }
  return { token, state: AppointmentRequestState.PENDING, slots: null, appointment: null,
    error: null };
}

function toRequest(token: string, result: PollResult): AppointmentRequest {
  const state = {
    Pending: AppointmentRequestState.PENDING,
    Complete: AppointmentRequestState.READY,
    Failed: AppointmentRequestState.FAILED,
  }[result.status];

  return {
    token,
    state,
    slots: result.slots?.map((slot) => ({ ...slot, reference: null })) ?? null,
    appointment: result.appointment,
    error: result.errorDescription,
  };
}

function notBeforeFirstAvailable(date: string, field: string, ctx: RequestContext): string {
  return assertOrderableDate(parseIsoDate(date, field), ctx.clock.now(), field);
}

function attributes(list: AppointmentAttributeInput[] | undefined): AppointmentAttribute[] {
  return (list ?? []).map((attribute) => ({ name: attribute.name, value: attribute.value }));
}
