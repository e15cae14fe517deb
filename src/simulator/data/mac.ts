import { Rng } from '../random';

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A migration authorisation code shaped like BT's: `LSDA12345678/AB12C`. */
export function macCode(seed: number, key: string): string {
  const rng = Rng.from(seed, 'mac', key);
  const letters = (count: number) =>
    [...Array(count)].map(() => LETTERS[rng.int(0, LETTERS.length - 1)]).join('');
  const digits = (count: number) => [...Array(count)].map(() => rng.int(0, 9)).join('');
  return `${letters(4)}${digits(8)}/${letters(2)}${digits(2)}${letters(1)}`;
}

/** Whether the text has the shape of a MAC (case-insensitive, as typed by people). */
export function isMacShaped(text: string): boolean {
  return /^[A-Z]{4}\d{8}\/[A-Z]{2}\d{2}[A-Z]$/i.test(text);
}
