/** Workbook, worksheets and the objects hanging off them. */
import { parseRect, type Rect } from "./a1";
import { HostCollection, HostObject, NOT_A_PROPERTY } from "./clientObject";
import { EventSourceProxy } from "./eventSourceProxy";
import { HostError, invalidArgument, itemNotFound, throwIt } from "./hostError";
import type { HostPageLayout, HostSheet, HostWorkbook, Visibility } from "./model";
import type { ProxyContext } from "./proxyContext";
import { RangeProxy, type RangeEntity } from "./rangeProxies";
import { StyleCollectionProxy } from "./styleProxies";
import { TableCollectionProxy } from "./tableProxies";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export class WorkbookProxy extends HostObject<HostWorkbook> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly application: ApplicationProxy;

  constructor(ctx: ProxyContext) {
    super(ctx, () => ctx.host.model, "Workbook");
    this.worksheets = new WorksheetCollectionProxy(ctx, () => ctx.host.model.sheets);
    this.tables = new TableCollectionProxy(ctx, () => ctx.host.model.tables, undefined);
    this.application = new ApplicationProxy(ctx);
  }

  /** ExcelApi 1.7. */
  get styles(): StyleCollectionProxy {
    return this.nav("styles", () => new StyleCollectionProxy(this.context));
  }

  protected readProperty(): unknown {
    return NOT_A_PROPERTY;
  }
}

export class ApplicationProxy extends HostObject<HostWorkbook> {
  constructor(ctx: ProxyContext) {
    super(ctx, () => ctx.host.model, "Application");
  }

  protected readProperty(): unknown {
    return NOT_A_PROPERTY;
  }

  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this.context.host.requireApi("Application.suspendApiCalculationUntilNextSync", "1.6");
    this.call("suspendApiCalculationUntilNextSync", [], (_wb, exec) => (exec.suspendedCalculation = true));
  }
}

/** Excel.Runtime: enableEvents needs ExcelApi 1.8 (Office.js throws ApiNotFound before that). */
export class RuntimeProxy extends HostObject<HostWorkbook> {
  constructor(ctx: ProxyContext) {
    super(ctx, () => ctx.host.model, "Runtime");
  }

  protected readProperty(name: string): unknown {
    return name === "enableEvents" ? this.context.host.enableEvents : NOT_A_PROPERTY;
  }

  get enableEvents(): boolean {
    this.context.host.requireApi("Runtime.enableEvents", "1.8");
    return this.get("enableEvents");
  }

  set enableEvents(value: boolean) {
    this.context.host.requireApi("Runtime.enableEvents", "1.8");
    this.set("enableEvents", value, () => (this.context.host.enableEvents = value));
  }
}

export class WorksheetCollectionProxy extends HostCollection<HostSheet, WorksheetProxy> {
  constructor(ctx: ProxyContext, resolver: () => HostSheet[]) {
    super(ctx, resolver, "WorksheetCollection");
  }

  protected itemProxy(sheet: HostSheet): WorksheetProxy {
    const proxy = new WorksheetProxy(this.context, () => sheet);
    proxy.bind(sheet);
    return proxy;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      () => this.context.host.model.sheet(name) ?? throwIt(itemNotFound(`WorksheetCollection.getItem('${name}')`)),
    );
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.host.model.sheet(name) ?? null);
  }

  add(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.context, () => {
      throw new HostError("GeneralException", "used before its add() ran");
    });
    this.context.enqueue({
      name: "WorksheetCollection.add",
      payload: [name],
      run: () => proxy.bind(this.context.host.model.addSheet(name)),
    });
    return proxy;
  }
}

export class WorksheetProxy extends HostObject<HostSheet> {
  constructor(ctx: ProxyContext, resolver: () => HostSheet | null) {
    super(ctx, resolver, "Worksheet");
  }

  protected readProperty(name: string, sheet: HostSheet): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.context.host.model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      default:
        return NOT_A_PROPERTY;
    }
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (sheet) => this.context.host.model.renameSheet(sheet, value));
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.set("position", value, (sheet) => this.context.host.model.moveSheet(sheet, value));
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(value: Visibility) {
    this.set("visibility", value, (sheet) => this.context.host.model.setVisibility(sheet, value));
  }

  get tables(): TableCollectionProxy {
    return this.nav(
      "tables",
      () => new TableCollectionProxy(this.context, () => this.context.host.model.tablesOn(this.entity()), this),
    );
  }

  get freezePanes(): FreezePanesProxy {
    return this.nav("freezePanes", () => new FreezePanesProxy(this.context, () => this.entity()));
  }

  /** ExcelApi 1.9. */
  get pageLayout(): PageLayoutProxy {
    this.context.host.requireApi("Worksheet.pageLayout", "1.9");
    return this.nav("pageLayout", () => new PageLayoutProxy(this.context, () => this.entity()));
  }

  get onChanged(): EventSourceProxy {
    return this.nav(
      "onChanged",
      () =>
        new EventSourceProxy(this.context, "Worksheet.onChanged", (handler) => ({
          kind: "worksheet",
          sheet: this.entity(),
          handler,
        })),
    );
  }

  /** No address: the whole sheet. */
  getRange(address?: string): RangeProxy {
    return this.range((sheet) => {
      if (address === undefined) return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS } };
      const rect = parseRect(address);
      if (!rect) throw invalidArgument("Worksheet.getRange", `'${address}' is not an address`);
      return { sheet, rect };
    });
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    this.context.host.requireApi("Worksheet.getRangeByIndexes", "1.7");
    return this.range((sheet) => {
      const rect: Rect = { row, col, rows, cols };
      if (
        ![row, col, rows, cols].every(Number.isInteger) ||
        rows < 1 ||
        cols < 1 ||
        row < 0 ||
        col < 0 ||
        row + rows > MAX_ROWS ||
        col + cols > MAX_COLUMNS
      ) {
        throw invalidArgument("Worksheet.getRangeByIndexes", `(${row}, ${col}, ${rows}, ${cols}) is outside the sheet`);
      }
      return { sheet, rect };
    });
  }

  /** A blank sheet's used range is A1. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range((sheet) => ({
      sheet,
      rect: sheet.usedRect(valuesOnly === true) ?? { row: 0, col: 0, rows: 1, cols: 1 },
    }));
  }

  /** ExcelApi 1.4: a null object for a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.range((sheet) => {
      const rect = sheet.usedRect(valuesOnly === true);
      return rect ? { sheet, rect } : null;
    });
  }

  delete(): void {
    this.call("delete", [], (sheet) => this.context.host.model.deleteSheet(sheet));
  }

  activate(): void {
    this.call("activate", [], (sheet) => (this.context.host.activeSheet = sheet));
  }

  private range(from: (sheet: HostSheet) => RangeEntity | null): RangeProxy {
    return this.child(from, (ctx, resolver) => new RangeProxy(ctx, resolver));
  }
}

export class FreezePanesProxy extends HostObject<HostSheet> {
  constructor(ctx: ProxyContext, resolver: () => HostSheet | null) {
    super(ctx, resolver, "WorksheetFreezePanes");
  }

  protected readProperty(): unknown {
    return NOT_A_PROPERTY;
  }

  freezeRows(count: number): void {
    this.call("freezeRows", [count], (sheet) => (sheet.frozenRows = count));
  }

  unfreeze(): void {
    this.call("unfreeze", [], (sheet) => (sheet.frozenRows = 0));
  }
}

/** Worksheet.pageLayout: orientation, zoom (fit to pages) and print title rows, as the add-in sets them. */
export class PageLayoutProxy extends HostObject<HostSheet> {
  constructor(ctx: ProxyContext, resolver: () => HostSheet | null) {
    super(ctx, resolver, "PageLayout");
  }

  protected readProperty(name: string, sheet: HostSheet): unknown {
    if (name === "orientation") return sheet.pageLayout.orientation;
    if (name === "zoom") return sheet.pageLayout.zoom ?? { scale: 100 };
    return NOT_A_PROPERTY;
  }

  get orientation(): HostPageLayout["orientation"] {
    return this.get("orientation");
  }
  set orientation(value: HostPageLayout["orientation"]) {
    if (value !== "Portrait" && value !== "Landscape") throw invalidArgument("PageLayout.orientation", String(value));
    this.set("orientation", value, (sheet) => (sheet.pageLayout.orientation = value));
  }

  get zoom(): NonNullable<HostPageLayout["zoom"]> {
    return this.get("zoom");
  }
  set zoom(value: NonNullable<HostPageLayout["zoom"]>) {
    this.set("zoom", value, (sheet) => (sheet.pageLayout.zoom = { ...value }));
  }

  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows))
      throw invalidArgument("PageLayout.setPrintTitleRows", `'${rows}' is not a row range`);
    this.call("setPrintTitleRows", [rows], (sheet) => (sheet.pageLayout.printTitleRows = rows));
  }
}
