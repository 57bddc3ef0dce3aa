/** A1 addresses as Excel's API writes and reads them (0-based rows and columns inside the host). */

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function columnName(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "B2:D4", or "B2" for one cell. */
export function rectAddress(r: Rect): string {
  const first = cellName(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${cellName(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Excel quotes sheet names that are not plain words. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** "A1" or "A1:C3" (no sheet part); undefined when it is not one. */
export function parseRect(address: string): Rect | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) return undefined;
  const a = { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  const b = m[3] ? { row: Number(m[4]) - 1, col: columnIndex(m[3]) } : a;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** The rectangle two share; undefined when they do not meet. */
export function intersection(a: Rect, b: Rect): Rect | undefined {
  if (!intersects(a, b)) return undefined;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  return {
    row,
    col,
    rows: Math.min(a.row + a.rows, b.row + b.rows) - row,
    cols: Math.min(a.col + a.cols, b.col + b.cols) - col,
  };
}
