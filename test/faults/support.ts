import { firstAvailableDate } from '../../src/domain';
import type { RunningSimulator } from '../../src/simulator';

/** Telephone numbers in the drama ranges that carry no service in the simulator yet. */
export function freeLines(simulator: RunningSimulator, count: number): string[] {
  const lines: string[] = [];
  for (const prefix of ['0161496', '0113496', '0117496', '0207946']) {
    for (let n = 0; n < 1000 && lines.length < count; n += 1) {
      const cli = `${prefix}${String(n).padStart(4, '0')}`;
      if (!simulator.data.findService({ telephone: cli })) lines.push(cli);
    }
  }
  if (lines.length < count) throw new Error(`only ${lines.length} free lines`);
  return lines;
}

export const PLACE_ORDER = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
  order { ref cli } telephonePaymentCode } }`;

/** A valid order for a free line; `username` doubles as the order's identity in checks. */
export function orderInput(cli: string, username: string, key?: string) {
  return {
    productId: 'FAM60',
    cli,
    provisionDate: firstAvailableDate(new Date()),
    clientRef: `PO-${username}`,
    username,
    password: 'correct-horse-9',
    site: {
      title: 'Ms', firstName: 'Clara', surname: 'Trucker', building: '12',
      street: 'Pigeon Street', town: 'Manchester', county: 'Greater Manchester',
      postcode: 'M1 2JX', telephoneDay: '0161 496 0213', email: 'clara@example.com',
    },
    ...(key === undefined ? {} : { idempotencyKey: key }),
  };
}

/** How many requests the simulator saw for one operation. */
export function countOf(simulator: RunningSimulator, operation: string): number {
  return simulator.requests.filter((request) => request.operation === operation).length;
}
