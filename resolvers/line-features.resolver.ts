import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { LineFeatureChanges } from '../src/enta';
import { BadUserInputError } from '../src/errors';
import { careLevelToMaintenanceCategory, resolveServiceId } from '../src/domain';
import { clearAfterWrite } from '../src/loaders';
import type { RequestContext } from '../src/server/context';
import { runIdempotent } from '../src/store';
import {
  ModifyLineFeaturesInput,
  ModifyLineFeaturesPayload,
  SetCareLevelInput,
  SetCareLevelPayload,
} from '../types/line-features.input';
import { Service } from '../types/service.type';
import { ENTA_INTERLEAVING, ENTA_STABILITY, type ServiceSource } from './service.mapping';

@Resolver(() => Service)
export class LineFeaturesResolver {
  @Mutation(() => ModifyLineFeaturesPayload, {
    description: 'Changes line features; only the features given are sent to Enta.',
  })
  async modifyLineFeatures(
    @Arg('input') input: ModifyLineFeaturesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ModifyLineFeaturesPayload> {
    const changes = lineFeatureChanges(input);
    return runIdempotent(ctx, 'modifyLineFeatures', input, () =>
      applyChanges(input, changes, ctx));
  }

  @Mutation(() => SetCareLevelPayload, { description: 'Standard or enhanced care for a service.' })
  async setCareLevel(
    @Arg('input') input: SetCareLevelInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SetCareLevelPayload> {
    const changes: LineFeatureChanges = {
      maintenanceCategory: careLevelToMaintenanceCategory(input.level),
      maintenanceCategoryFee: input.fee,
    };
    return runIdempotent(ctx, 'setCareLevel', input, () => applyChanges(input, changes, ctx));
  }
}

/**
 * Sends the change, then answers with the service as Enta now reports it: the request's
 * cached account is dropped so the payload cannot show the value from before the write.
 */
export async function applyChanges(
  input: { ref?: string; username?: string; cli?: string },
  changes: LineFeatureChanges,
  ctx: RequestContext,
) {
  const id = resolveServiceId(input);
  const applied = await ctx.enta.modifyLineFeatures(id, changes);

  clearAfterWrite(ctx.loaders);
  const service: ServiceSource = { id };
  return { changes: applied, service: service as unknown as Service };
}

function lineFeatureChanges(input: ModifyLineFeaturesInput): LineFeatureChanges {
  const changes: LineFeatureChanges = {
    interleaving: input.interleaving && ENTA_INTERLEAVING[input.interleaving],
    stabilityOption: input.stabilityOption && ENTA_STABILITY[input.stabilityOption],
    elevatedBestEfforts: input.elevatedBestEfforts,
    elevatedBestEffortsFee: input.elevatedBestEffortsFee,
    maintenanceCategory: maintenanceCategory(input.maintenanceCategory),
    maintenanceCategoryFee: input.maintenanceCategoryFee,
    upstream: input.upstream,
    upstreamFee: input.upstreamFee,
  };

  if (Object.values(changes).every((value) => value === undefined)) {
    throw new BadUserInputError('give at least one line feature to change', 'input');
  }
  return changes;
}

function maintenanceCategory(value: number | undefined): 4 | 5 | undefined {
  if (value === undefined || value === 4 || value === 5) return value;
  throw new BadUserInputError('maintenanceCategory is 4 (enhanced) or 5 (standard)',
    'maintenanceCategory');
}
