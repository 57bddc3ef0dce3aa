/**
 * A copy of raw tables (what a gateway hands the domain) to plant faults in, with the vocabulary of
 * the .xlsx Book of the acceptance tests: cells by sheet, header and data row, 'Sheet'!A1 addresses.
 */
import { cellAddress } from "../../src/domain/cells/address";
import type { RawCell, RawTable } from "../../src/domain/model/raw";
import type { FaultBook } from "./plantedFaults";

type Sheet = Omit<RawTable, "kind" | "values"> & { kind: RawTable["kind"]; values: RawCell[][] };

export class RawBook implements FaultBook {
  /** The tables as loadProduction reads them, keyed like the gateway's (by contract table name). */
  readonly tables: Map<string, Sheet>;

  constructor(tables: ReadonlyMap<string, RawTable>) {
    this.tables = new Map([...tables].map(([name, t]) => [name, { ...t, values: t.values.map((row) => [...row]) }]));
  }

  set(sheet: string, header: string, n: number, value: RawCell): string {
    const t = this.sheet(sheet);
    const c = this.column(sheet, header);
    const row = t.values[n];
    if (!row) throw new Error(`${sheet} has no data row ${n}`);
    row[c] = value;
    return cellAddress(t.sheet, t.top + n, t.left + c);
  }

  get(sheet: string, header: string, n: number): RawCell {
    return this.sheet(sheet).values[n]?.[this.column(sheet, header)] ?? null;
  }

  find(sheet: string, header: string, test: (v: RawCell) => boolean, from = 1): number {
    const c = this.column(sheet, header);
    const values = this.sheet(sheet).values;
    for (let n = from; n < values.length; n++) if (test(values[n][c] ?? null)) return n;
    throw new Error(`no matching row under ${header} on ${sheet}`);
  }

  rowCount(sheet: string): number {
    return this.sheet(sheet).values.length - 1;
  }

  headers(sheet: string): string[] {
    return this.sheet(sheet).values[0].map((v) => String(v ?? ""));
  }

  renameHeader(sheet: string, header: string, to: string): string {
    const t = this.sheet(sheet);
    const c = this.column(sheet, header);
    t.values[0][c] = to;
    return cellAddress(t.sheet, t.top, t.left + c);
  }

  toRange(sheet: string): void {
    this.sheet(sheet).kind = "range";
  }

  deleteSheet(sheet: string): void {
    for (const [name, t] of this.tables) if (t.sheet === sheet) this.tables.delete(name);
  }

  private sheet(name: string): Sheet {
    const found = [...this.tables.values()].find((t) => t.sheet === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  private column(sheet: string, header: string): number {
    const c = this.sheet(sheet).values[0].findIndex((v) => String(v).trim() === header);
    if (c < 0) throw new Error(`no ${header} on ${sheet}`);
    return c;
  }
}
