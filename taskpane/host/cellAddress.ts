/** Reading the addresses issues carry ('Sheet Name'!G7, as src/domain/cells/address.ts writes them). */

export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

const ADDRESS = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/;

/** undefined for anything that is not a single-cell A1 address with its sheet. */
export function parseCellAddress(address: string): CellRef | undefined {
  const m = ADDRESS.exec(address.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const column = [...m[3]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return { sheet, row: Number(m[4]), column };
}
