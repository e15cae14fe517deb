import type { ConnectionType } from '../model';

/** What the simulator knows of each product: price, allowance and the lines it runs on. */
export interface ProductInfo {
  code: string;
  periodFee: string;
  allowanceGb: number;
  /** Line technologies this product is sold on, with relative weights. */
  lines: ReadonlyArray<readonly [ConnectionType, number]>;
}

const product = (
  code: string,
  periodFee: string,
  allowanceGb: number,
  lines: ProductInfo['lines'],
): ProductInfo => ({ code, periodFee, allowanceGb, lines });

export const PRODUCTS: readonly ProductInfo[] = [
  product('FAM1', '9.99', 1, [['ADSL', 1]]),
  product('FAM3', '11.99', 3, [['ADSL', 3], ['ADSL2+', 1]]),
  product('FAM30', '14.99', 30, [['ADSL', 1], ['ADSL2+', 2]]),
  product('FAM60', '17.99', 60, [['ADSL2+', 3], ['FTTC', 1]]),
  product('FAM90', '19.99', 90, [['ADSL2+', 1], ['FTTC', 2]]),
  product('FAM120', '24.99', 120, [['ADSL2+', 1], ['FTTC', 3]]),
  product('BUS15', '22.50', 15, [['ADSL2+', 1]]),
  product('BUS45', '29.99', 45, [['ADSL2+', 1], ['FTTC', 3]]),
  product('BUS90', '39.99', 90, [['FTTC', 1]]),
  product('BUS135', '49.99', 135, [['FTTC', 1]]),
  product('BUS180', '59.99', 180, [['FTTC', 1]]),
];

/** Product codes with how often the seeded base holds each. */
export const PRODUCT_MIX: ReadonlyArray<readonly [string, number]> = [
  ['FAM1', 2], ['FAM3', 3], ['FAM30', 6], ['FAM60', 8], ['FAM90', 6], ['FAM120', 5],
  ['BUS15', 2], ['BUS45', 3], ['BUS90', 3], ['BUS135', 2], ['BUS180', 2],
];

/** The product's details, or undefined for a code Enta does not sell. */
export function productInfo(code: string): ProductInfo | undefined {
  return PRODUCTS.find((candidate) => candidate.code === code);
}

export const GB = 1024 ** 3;
