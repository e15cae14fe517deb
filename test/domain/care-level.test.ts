import {
  careLevelToMaintenanceCategory,
  maintenanceCategoryToCareLevel,
} from '../../src/domain/care-level';

describe('careLevelToMaintenanceCategory', () => {
  it('sends standard care as 5 and enhanced care as 4', () => {
    expect(careLevelToMaintenanceCategory('STANDARD')).toBe(5);
    expect(careLevelToMaintenanceCategory('ENHANCED')).toBe(4);
  });
});

describe('maintenanceCategoryToCareLevel', () => {
  it('reads 4 and 5 as numbers or text', () => {
    expect(maintenanceCategoryToCareLevel(4)).toBe('ENHANCED');
    expect(maintenanceCategoryToCareLevel(5)).toBe('STANDARD');
    expect(maintenanceCategoryToCareLevel(' 4 ')).toBe('ENHANCED');
    expect(maintenanceCategoryToCareLevel('5')).toBe('STANDARD');
  });

  it('returns null for anything else', () => {
    for (const value of [3, 6, 4.5, '', 'Enhanced', '04', null, undefined]) {
      expect(maintenanceCategoryToCareLevel(value)).toBeNull();
    }
  });
});
