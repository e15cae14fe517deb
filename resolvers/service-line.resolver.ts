import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../src/server/context';
import { BtFault } from '../types/activity.type';
import { Line } from '../types/line.type';
import { Interleaving, Service } from '../types/service.type';
import { toLine } from './line.resolver';
import { cliOf } from './service-names';
import { toInterleaving, type ServiceSource } from './service.mapping';

/** The Service fields about its line: regrades, open faults and interleaving as BT reports. */
@Resolver(() => Service)
export class ServiceLineResolver {
  @FieldResolver(() => Line, {
    description: "What the service could be regraded to: its line qualified like `line(cli:)`.",
  })
  async regradeOptions(@Root() s: ServiceSource, @Ctx() ctx: RequestContext): Promise<Line> {
    const cli = await cliOf(s, ctx);
    const check = await ctx.loaders.lineCheck.load({ cli });
    return toLine(check, { cli }, ctx.clock.now());
  }

  @FieldResolver(() => [BtFault], { description: 'Faults still open on the service.' })
  async openFaults(@Root() s: ServiceSource, @Ctx() ctx: RequestContext): Promise<BtFault[]> {
    return ctx.loaders.openFaults.load(s.id);
  }

  @FieldResolver(() => Interleaving, {
    nullable: true,
    description: 'Interleaving as the line reports it now (GetInterleaving).',
  })
  async interleavingStatus(
    @Root() s: ServiceSource,
    @Ctx() ctx: RequestContext,
  ): Promise<Interleaving | null> {
    return toInterleaving(await ctx.loaders.interleaving.load(s.id));
  }
}
