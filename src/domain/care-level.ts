/** The care levels a caller chooses between. */
export type CareLevel = 'STANDARD' | 'ENHANCED';

/** Enta's MaintenanceCategory line feature: 4 is enhanced care, 5 is standard. */
export type MaintenanceCategory = 4 | 5;

const CATEGORY_OF: Record<CareLevel, MaintenanceCategory> = { STANDARD: 5, ENHANCED: 4 };

/** The MaintenanceCategory to send to Enta for a care level. */
export function careLevelToMaintenanceCategory(level: CareLevel): MaintenanceCategory {
  return CATEGORY_OF[level];
}

/**
 * The care level a MaintenanceCategory stands for, read from a number or the text Enta sends
 * ("4", " 5 "); null for anything else, including a missing value.
 */
export function maintenanceCategoryToCareLevel(
  category: number | string | null | undefined,
): CareLevel | null {
  const text = typeof category === 'string' ? category.trim() : String(category);
  if (text === '4') return 'ENHANCED';
  if (text === '5') return 'STANDARD';
  return null;
}
