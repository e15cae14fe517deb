import { BadUserInputError } from '../../errors';
import { EntaNode } from '../reply-tree';
import { Transport } from '../transport';
import {
  ContactDetails,
  LineFeatureChange,
  LineFeatureChanges,
  PriceDetails,
  ServiceId,
} from '../types';
import { child, optional, requireChild, requireText, text } from './reading';
import { serviceIdFields } from './service-id';
import { money, moneyArg, yesNo } from './values';

const FEATURE_NAMES = [
  'Interleaving',
  'StabilityOption',
  'ElevatedBestEfforts',
  'ElevatedBestEffortsFee',
  'MaintenanceCategory',
  'MaintenanceCategoryFee',
  'Upstream',
  'UpstreamFee',
];

/**
 * ModifyLineFeatures: changes only the features given (each with its fee when one applies).
 * Returns each feature Enta changed with its new value.
 */
export async function modifyLineFeatures(
  transport: Transport,
  id: ServiceId,
  changes: LineFeatureChanges,
): Promise<LineFeatureChange[]> {
  const lineFeatures = lineFeatureFields(changes);
  if (Object.values(lineFeatures).every((value) => value === undefined)) {
    throw new BadUserInputError('give at least one line feature to change', 'changes');
  }

  const reply = await transport.post('ModifyLineFeatures', {
    ADSLAccount: { ...serviceIdFields(id), LineFeatures: lineFeatures },
  });

  const features = requireChild(requireChild(reply.body, 'ADSLAccount'), 'LineFeatures');
  return Object.values(features.children)
    .flat()
    .map((node) => ({ feature: featureName(node), newValue: requireText(node, 'NewValue') }));
}

function lineFeatureFields(changes: LineFeatureChanges): Record<string, string | undefined> {
  const category = changes.maintenanceCategory;
  if (category !== undefined && category !== 4 && category !== 5) {
    throw new BadUserInputError('maintenanceCategory must be 4 or 5', 'maintenanceCategory');
  }

  return {
    Interleaving: changes.interleaving,
    StabilityOption: changes.stabilityOption,
    ElevatedBestEfforts: yesNo(changes.elevatedBestEfforts),
    ElevatedBestEffortsFee: moneyArg(changes.elevatedBestEffortsFee, 'elevatedBestEffortsFee'),
    MaintenanceCategory: category === undefined ? undefined : String(category),
    MaintenanceCategoryFee: moneyArg(changes.maintenanceCategoryFee, 'maintenanceCategoryFee'),
    Upstream: changes.upstream,
    UpstreamFee: moneyArg(changes.upstreamFee, 'upstreamFee'),
  };
}

/** Our spelling of the feature, whatever casing the reply used. */
function featureName(node: EntaNode): string {
  return FEATURE_NAMES.find((name) => name.toLowerCase() === node.name.toLowerCase()) ?? node.name;
}

/** UpdateADSLContact: replaces the service's contact details; returns them as Enta now has them. */
export async function updateAdslContact(
  transport: Transport,
  id: ServiceId,
  contact: Partial<ContactDetails>,
): Promise<ContactDetails> {
  requireSomething(contact, 'contact');

  const reply = await transport.post('UpdateADSLContact', {
    ADSLAccount: {
      ...serviceIdFields(id),
      ContactDetails: { Email: contact.email, TelDay: contact.telDay, TelEve: contact.telEve },
    },
  });

  const details = child(requireChild(reply.body, 'ADSLAccount'), 'ContactDetails');
  return {
    email: text(details, 'Email'),
    telDay: text(details, 'TelDay'),
    telEve: text(details, 'TelEve'),
  };
}

/** UpdateADSLPrice: sets what the reseller charges; returns the prices as Enta now has them. */
export async function updateAdslPrice(
  transport: Transport,
  id: ServiceId,
  prices: Partial<PriceDetails>,
): Promise<PriceDetails> {
  requireSomething(prices, 'prices');

  const reply = await transport.post('UpdateADSLPrice', {
    ADSLAccount: {
      ...serviceIdFields(id),
      PriceDetails: {
        PeriodFee: moneyArg(prices.periodFee ?? undefined, 'periodFee'),
        EnhancedCareFee: moneyArg(prices.enhancedCareFee ?? undefined, 'enhancedCareFee'),
        ElevatedBestEffortsFee: moneyArg(
          prices.elevatedBestEffortsFee ?? undefined,
          'elevatedBestEffortsFee',
        ),
      },
    },
  });

  const details = child(requireChild(reply.body, 'ADSLAccount'), 'PriceDetails');
  return {
    periodFee: optional(details, 'PeriodFee', money),
    enhancedCareFee: optional(details, 'EnhancedCareFee', money),
    elevatedBestEffortsFee: optional(details, 'ElevatedBestEffortsFee', money),
  };
}

function requireSomething(values: object, field: string): void {
  const given = Object.values(values).some((value) => value !== undefined && value !== null);
  if (!given) throw new BadUserInputError(`give at least one of the ${field} to change`, field);
}
