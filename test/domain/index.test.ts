import * as domain from '../../src/domain';

describe('domain index', () => {
  it('exports every rule', () => {
    const expected = [
      'addDays',
      'assertNotBeforeFirstAvailable',
      'careLevelToMaintenanceCategory',
      'compareIsoDates',
      'daysBetween',
      'daysInMonth',
      'daysSince',
      'engineerFor',
      'firstAvailableDate',
      'fttcPlannedDateFromMessage',
      'fttcSpeedsFromMessage',
      'isBankHoliday',
      'isIsoDate',
      'isWorkingDay',
      'lineSpeeds',
      'maintenanceCategoryToCareLevel',
      'monthRange',
      'normalisePostcode',
      'normaliseUkTelephone',
      'orderRefForFeedRecord',
      'parseIsoDate',
      'parsePostcode',
      'parseUkTelephone',
      'provisioningEvents',
      'qualifyLine',
      'resolveServiceId',
      'summariseUsage',
      'toIsoDate',
      'toMoney',
      'todayInLondon',
      'weekdayOf',
    ];
    for (const name of expected) {
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
