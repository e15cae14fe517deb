import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ConnectionSession, MaxReportRecord as EntaMaxRecord } from '../src/enta';
import { BadUserInputError } from '../src/errors';
import { engineerFor, provisioningEvents } from '../src/domain';
import type { RequestContext } from '../src/server/context';
import { AuthAttempt, MaxReportRecord, MaxReports, Note, Session } from '../types/activity.type';
import { OrderEvent } from '../types/order.type';
import { Service } from '../types/service.type';
import { refOf, refOrUsernameOf, usernameOf } from './service-names';
import type { ServiceSource } from './service.mapping';

const DEFAULT_SESSION_DAYS = 7;
const MAX_SESSION_DAYS = 365;

/** Enta reports line rates in kbit/s; the API speaks bit/s, with 1024 as the protocol does. */
const BITS_PER_KBIT = 1024;

/** The Service fields that read its sessions, logins, notes and order history. */
@Resolver(() => Service)
export class ServiceActivityResolver {
  @FieldResolver(() => [Session], {
    description: `Sessions over the last \`days\` days (${DEFAULT_SESSION_DAYS} if absent).`,
  })
  async sessions(
    @Root() s: ServiceSource,
    @Arg('days', () => Int, { nullable: true }) days: number | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Session[]> {
    const span = days ?? DEFAULT_SESSION_DAYS;
    if (!Number.isInteger(span) || span < 1 || span > MAX_SESSION_DAYS) {
      throw new BadUserInputError(`days must be from 1 to ${MAX_SESSION_DAYS}`, 'days');
    }

    const username = await usernameOf(s, ctx);
    const sessions = await ctx.loaders.sessions.load({ username, days: span });
    return sessions.map(toSession);
  }

  @FieldResolver(() => AuthAttempt, {
    nullable: true,
    description: 'The latest login attempt; null when the service has never tried.',
  })
  async lastAuthentication(
    @Root() s: ServiceSource,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthAttempt | null> {
    const entry = await ctx.loaders.lastAuthentication.load(await refOrUsernameOf(s, ctx));
    if (!entry) return null;
    return {
      at: entry.at,
      username: entry.username,
      ipAddress: entry.ipAddress,
      accepted: entry.result?.trim().toLowerCase() === 'accept',
      result: entry.result,
      reason: entry.reason,
    };
  }

  @FieldResolver(() => [Note], { description: 'Notes on the service, oldest first.' })
  async notes(@Root() s: ServiceSource, @Ctx() ctx: RequestContext): Promise<Note[]> {
    const notes = await ctx.loaders.notes.load(await refOrUsernameOf(s, ctx));
    return notes.map((note) => ({
      loggedAt: note.at,
      engineer: engineerFor(note.user),
      text: note.text,
    }));
  }

  @FieldResolver(() => [OrderEvent], {
    description: "The service's orders as BT reported them, oldest first (GetAdslInstall).",
  })
  async provisioningHistory(
    @Root() s: ServiceSource,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderEvent[]> {
    const ref = await refOf(s, ctx);
    return installEvents(ref, ctx);
  }

  @FieldResolver(() => MaxReports, { description: "BT's ADSL Max reports for the line." })
  async maxReports(@Root() s: ServiceSource, @Ctx() ctx: RequestContext): Promise<MaxReports> {
    const reports = await ctx.loaders.maxReports.load(s.id);
    const records = (name: string) =>
      reports
        .filter((report) => squash(report.name) === squash(name))
        .flatMap((report) => report.records.map(toMaxRecord));

    return { rateChanges: records('Line RateChange'), profiles: records('Service Profile') };
  }
}

/** The provisioning events of the service `ref`, as OrderEvents of that order. */
export async function installEvents(ref: string, ctx: RequestContext): Promise<OrderEvent[]> {
  const returns = await ctx.loaders.install.load({ ref });
  return provisioningEvents(
    returns.map((entry) => ({
      dateReceived: entry.receivedAt,
      orderType: entry.orderType,
      lineItemSubstatus: entry.substatus,
      commitDate: entry.commitDate,
    })),
    ref,
  );
}

function toSession(session: ConnectionSession): Session {
  const duration = session.endsAt === null
    ? null
    : Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 1000);
  return {
    startedAt: session.startsAt,
    endedAt: session.endsAt,
    durationSeconds: duration,
    username: session.username,
    uploadBytes: session.uploadBytes,
    downloadBytes: session.downloadBytes,
    terminationReason: session.terminateCause,
  };
}

function toMaxRecord(record: EntaMaxRecord): MaxReportRecord {
  const bits = (kbps: number | null) => (kbps === null ? null : kbps * BITS_PER_KBIT);
  return {
    syncAt: record.syncAt,
    bipUpdateAt: record.bipUpdateAt,
    lineRateAt: record.lineRateAt,
    downstreamSpeed: bits(record.downstreamKbps),
    upstreamSpeed: bits(record.upstreamKbps),
  };
}

/** Report names vary in spacing and case ("Line RateChange", "Line Rate Change"). */
function squash(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}
