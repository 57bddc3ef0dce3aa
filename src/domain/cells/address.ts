/** A1 addresses as Excel writes them: 'Sheet Name'!G7 (the sheet always quoted, quotes doubled). */

export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(sheet: string, row: number, column: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${columnLetter(column)}${row}`;
}
