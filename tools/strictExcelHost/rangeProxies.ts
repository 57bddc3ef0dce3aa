/** Ranges and their formats. Values and formats must match the range's shape, as Excel insists. */
import { intersection, parseRect, rectAddress, sheetPrefix, type Rect } from "./a1";
import { HostObject, NOT_A_PROPERTY } from "./clientObject";
import { DataValidationProxy } from "./dataValidationProxy";
import type { Execution } from "./batch";
import { HostError, invalidArgument } from "./hostError";
import { valueType, writeInput } from "./input";
import { styledCell, styleNamed } from "./styleProxies";
import type { Cell, CellStyle, HostSheet } from "./model";
import type { EntityProxy, ProxyContext } from "./proxyContext";

export interface RangeEntity {
  readonly sheet: HostSheet;
  readonly rect: Rect;
}

/** Even an empty cell costs `"",` in a response: a bigger read cannot succeed. */
const MIN_CELL_BYTES = 3;

export class RangeProxy extends HostObject<RangeEntity> {
  constructor(ctx: ProxyContext, resolver: () => RangeEntity | null) {
    super(ctx, resolver, "Range");
  }

  protected readProperty(name: string, { sheet, rect }: RangeEntity): unknown {
    switch (name) {
      case "address":
        return sheetPrefix(sheet.name) + rectAddress(rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "values":
        return this.grid(sheet, rect, (c) => c?.value ?? "");
      case "valueTypes":
        return this.grid(sheet, rect, valueType);
      case "numberFormat":
        return this.grid(sheet, rect, (c) => c?.format ?? "General");
      case "formulas":
        return this.grid(sheet, rect, (c) => c?.formula ?? c?.value ?? "");
      default:
        return NOT_A_PROPERTY;
    }
  }

  protected override navigate(name: string): EntityProxy<unknown> | undefined {
    if (name === "dataValidation") return this.dataValidation;
    return name === "worksheet" ? this.worksheet : name === "format" ? this.format : undefined;
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(values: unknown[][]) {
    this.set("values", values, (range, exec) =>
      this.eachInput(range, values, "values", exec, (cell, v) => writeInput(cell, v)),
    );
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.set("numberFormat", formats, (range, exec) =>
      this.eachInput(range, formats, "numberFormat", exec, (cell, f) => {
        if (f !== null && f !== undefined) cell.format = f === "" ? "General" : String(f);
      }),
    );
  }

  /** ExcelApi 1.7: a named style on every cell (styleProxies.ts). */
  set style(name: string) {
    this.context.host.requireApi("Range.style", "1.7");
    this.set("style", name, ({ sheet, rect }) => {
      const style = styleNamed(this.context.host.model, name);
      if (!style) throw invalidArgument("Range.style", `there is no style '${name}'`);
      forEachCell(sheet, rect, false, (cell) => {
        if (style.includeNumber) cell.format = style.numberFormat;
        cell.style = styledCell(cell.style, style);
      });
    });
  }

  get worksheet(): EntityProxy<HostSheet> {
    return this.nav("worksheet", () => this.child((r) => r.sheet, this.context.proxies.worksheet));
  }

  get format(): RangeFormatProxy {
    return this.nav("format", () =>
      this.child(
        (r) => r,
        (ctx, resolver) => new RangeFormatProxy(ctx, resolver),
      ),
    );
  }

  /** ExcelApi 1.8. */
  get dataValidation(): DataValidationProxy {
    this.context.host.requireApi("Range.dataValidation", "1.8");
    return this.nav("dataValidation", () =>
      this.child(
        (r) => r,
        (ctx, resolver) => new DataValidationProxy(ctx, resolver),
      ),
    );
  }

  /** ExcelApi 1.4: the cells both ranges cover; a null object when they share none. */
  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    return this.child(
      (a) => {
        const b = typeof other === "string" ? { sheet: a.sheet, rect: parseRect(other) } : other.entityOrNull();
        if (!b?.rect)
          throw invalidArgument("Range.getIntersectionOrNullObject", `'${String(other)}' is not an address`);
        if (b.sheet !== a.sheet) return null;
        const rect = intersection(a.rect, b.rect);
        return rect ? { sheet: a.sheet, rect } : null;
      },
      (ctx, resolver) => new RangeProxy(ctx, resolver),
    );
  }

  /** applyTo: "All" (default), "Contents" or "Formats". */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.call("clear", [applyTo], ({ sheet, rect }, exec) => {
      if (applyTo === "All") sheet.clear(rect);
      else
        forEachCell(sheet, rect, true, (cell) =>
          applyTo === "Contents"
            ? Object.assign(cell, { value: "", formula: undefined, error: undefined })
            : Object.assign(cell, { format: "General", style: undefined }),
        );
      exec.edits.push({ sheet, rect });
    });
  }

  select(): void {
    this.call(
      "select",
      [],
      (range) => (this.context.host.selection = sheetPrefix(range.sheet.name) + rectAddress(range.rect)),
    );
  }

  private grid<T>(sheet: HostSheet, rect: Rect, read: (cell: Cell | undefined) => T): T[][] {
    if (rect.rows * rect.cols * MIN_CELL_BYTES > this.context.host.options.payloadLimit) {
      throw new HostError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit. Please refer to the documentation.",
      );
    }
    const out: T[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const cells = sheet.rows[rect.row + r];
      const row: T[] = [];
      for (let c = 0; c < rect.cols; c++) row.push(read(cells?.[rect.col + c]));
      out.push(row);
    }
    return out;
  }

  private eachInput(
    range: RangeEntity,
    input: unknown[][],
    what: string,
    exec: Execution,
    apply: (cell: Cell, value: unknown) => void,
  ): void {
    const { sheet, rect } = range;
    if (
      !Array.isArray(input) ||
      input.length !== rect.rows ||
      input.some((row) => !Array.isArray(row) || row.length !== rect.cols)
    ) {
      throw invalidArgument(
        `Range.${what}`,
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectAddress(rect)}).`,
      );
    }
    input.forEach((row, r) => row.forEach((v, c) => v !== null && apply(sheet.ensure(rect.row + r, rect.col + c), v)));
    if (what === "values") exec.edits.push({ sheet, rect });
  }
}

function forEachCell(sheet: HostSheet, rect: Rect, existingOnly: boolean, fn: (cell: Cell) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const cell = existingOnly ? sheet.cell(r, c) : sheet.ensure(r, c);
      if (cell) fn(cell);
    }
  }
}

/** A style property set on every cell of a range. */
abstract class StyleProxy extends HostObject<RangeEntity> {
  protected readProperty(_name: string, _range: RangeEntity): unknown {
    return NOT_A_PROPERTY;
  }

  protected setStyle(name: string, value: unknown, apply: (style: CellStyle) => void): void {
    this.set(name, value, ({ sheet, rect }) => forEachCell(sheet, rect, false, (cell) => apply((cell.style ??= {}))));
  }
}

export class RangeFormatProxy extends StyleProxy {
  constructor(ctx: ProxyContext, resolver: () => RangeEntity | null) {
    super(ctx, resolver, "RangeFormat");
  }

  protected override readProperty(name: string, { sheet, rect }: RangeEntity): unknown {
    return name === "columnWidth" ? (sheet.columnWidths.get(rect.col) ?? 48) : NOT_A_PROPERTY;
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.set("columnWidth", points, ({ sheet, rect }) => {
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    });
  }

  get font(): FontProxy {
    return this.nav("font", () =>
      this.child(
        (r) => r,
        (ctx, resolver) => new FontProxy(ctx, resolver),
      ),
    );
  }

  get fill(): FillProxy {
    return this.nav("fill", () =>
      this.child(
        (r) => r,
        (ctx, resolver) => new FillProxy(ctx, resolver),
      ),
    );
  }

  get borders(): BorderCollectionProxy {
    return this.nav("borders", () =>
      this.child(
        (r) => r,
        (ctx, resolver) => new BorderCollectionProxy(ctx, resolver),
      ),
    );
  }
}

export class FontProxy extends StyleProxy {
  constructor(ctx: ProxyContext, resolver: () => RangeEntity | null) {
    super(ctx, resolver, "RangeFont");
  }

  set bold(value: boolean) {
    this.setStyle("bold", value, (s) => (s.bold = value));
  }
  set italic(value: boolean) {
    this.setStyle("italic", value, (s) => (s.italic = value));
  }
  set size(value: number) {
    this.setStyle("size", value, (s) => (s.size = value));
  }
  set color(value: string) {
    this.setStyle("color", value, (s) => (s.color = value));
  }
}

export class FillProxy extends StyleProxy {
  constructor(ctx: ProxyContext, resolver: () => RangeEntity | null) {
    super(ctx, resolver, "RangeFill");
  }

  set color(value: string) {
    this.setStyle("color", value, (s) => (s.fill = value));
  }
}

export class BorderCollectionProxy extends StyleProxy {
  constructor(ctx: ProxyContext, resolver: () => RangeEntity | null) {
    super(ctx, resolver, "RangeBorderCollection");
  }

  getItem(index: string): BorderProxy {
    return this.child(
      (r) => r,
      (ctx, resolver) => new BorderProxy(ctx, resolver, index),
    );
  }
}

export class BorderProxy extends StyleProxy {
  constructor(
    ctx: ProxyContext,
    resolver: () => RangeEntity | null,
    private readonly edge: string,
  ) {
    super(ctx, resolver, "RangeBorder");
  }

  set style(value: string) {
    this.setStyle("style", value, (s) => ((s.borders ??= {})[this.edge] = value));
  }
  set color(value: string) {
    this.setStyle("color", value, (s) => ((s.borders ??= {})[`${this.edge}Color`] = value));
  }
}
