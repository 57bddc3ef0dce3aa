/** Tables (ListObjects): the workbook's and a sheet's collections, a table, its rows. */
import { intersects, parseRect } from "./a1";
import { HostCollection, HostObject, NOT_A_PROPERTY } from "./clientObject";
import { EventSourceProxy } from "./eventSourceProxy";
import { HostError, invalidArgument, itemNotFound, throwIt } from "./hostError";
import { writeInput } from "./input";
import type { HostSheet, HostTable } from "./model";
import type { EntityProxy, ProxyContext } from "./proxyContext";
import { RangeProxy, type RangeEntity } from "./rangeProxies";

export class TableCollectionProxy extends HostCollection<HostTable, TableProxy> {
  constructor(
    ctx: ProxyContext,
    resolver: () => HostTable[],
    /** Set for a sheet's collection (worksheet.tables); unset for workbook.tables. */
    private readonly sheet: EntityProxy<HostSheet> | undefined,
  ) {
    super(ctx, resolver, "TableCollection");
  }

  protected itemProxy(table: HostTable): TableProxy {
    const proxy = new TableProxy(this.context, () => table);
    proxy.bind(table);
    return proxy;
  }

  getItem(name: string): TableProxy {
    return new TableProxy(
      this.context,
      () => this.find(name) ?? throwIt(itemNotFound(`TableCollection.getItem('${name}')`)),
    );
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.context, () => this.find(name) ?? null);
  }

  /** The header row must hold the headers already: the host models hasHeaders = true only. */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    const proxy = new TableProxy(this.context, () => {
      throw new HostError("GeneralException", "used before its add() ran");
    });
    const payload = [typeof address === "string" ? address : "(range)", hasHeaders];
    this.context.enqueue({
      name: "TableCollection.add",
      payload,
      run: () => {
        if (!hasHeaders)
          throw new HostError("GeneralException", "The strict host models tables.add(address, true) only.");
        const { sheet, rect } = typeof address === "string" ? this.locate(address) : address.entity();
        for (let c = 0; c < rect.cols; c++) {
          const cell = sheet.ensure(rect.row, rect.col + c);
          if (cell.value === "") writeInput(cell, `Column${c + 1}`);
        }
        proxy.bind(this.context.host.model.addTable(sheet, rect));
      },
    });
    return proxy;
  }

  /** ExcelApi 1.7 (workbook.tables only). */
  get onChanged(): EventSourceProxy {
    return this.nav(
      "onChanged",
      () => new EventSourceProxy(this.context, "TableCollection.onChanged", (handler) => ({ kind: "tables", handler })),
    );
  }

  private find(name: string): HostTable | undefined {
    const table = this.context.host.model.table(name);
    return table && (!this.sheet || table.sheet === this.sheet.entity()) ? table : undefined;
  }

  private locate(address: string): RangeEntity {
    const bang = address.lastIndexOf("!");
    const sheetName =
      bang < 0
        ? undefined
        : address
            .slice(0, bang)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
    const sheet: HostSheet | undefined =
      sheetName === undefined ? this.sheet?.entity() : this.context.host.model.sheet(sheetName);
    const rect = parseRect(bang < 0 ? address : address.slice(bang + 1));
    if (!sheet || !rect) throw invalidArgument("TableCollection.add", `'${address}' is not a range address`);
    return { sheet, rect };
  }
}

export class TableProxy extends HostObject<HostTable> {
  constructor(ctx: ProxyContext, resolver: () => HostTable | null) {
    super(ctx, resolver, "Table");
  }

  protected readProperty(name: string, table: HostTable): unknown {
    switch (name) {
      case "name":
        return table.name;
      case "id":
        return table.id;
      case "showHeaders":
        return table.showHeaders;
      case "showTotals":
        return table.showTotals;
      default:
        return NOT_A_PROPERTY;
    }
  }

  protected override navigate(name: string): EntityProxy<unknown> | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (table) => this.context.host.model.renameTable(table, value));
  }
  get id(): string {
    return this.get("id");
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }

  get worksheet(): EntityProxy<HostSheet> {
    return this.nav("worksheet", () => this.child((table) => table.sheet, this.context.proxies.worksheet));
  }

  get rows(): TableRowCollectionProxy {
    return this.nav("rows", () => new TableRowCollectionProxy(this.context, () => this.entity()));
  }

  get onChanged(): EventSourceProxy {
    return new EventSourceProxy(this.context, "Table.onChanged", (handler) => ({
      kind: "table",
      table: this.entity(),
      handler,
    }));
  }

  getRange(): RangeProxy {
    return this.range((t) => t.rect);
  }

  getHeaderRowRange(): RangeProxy {
    return this.range((t) => t.headerRect);
  }

  getDataBodyRange(): RangeProxy {
    return this.range((t) => t.bodyRect);
  }

  /** ExcelApi 1.13: the table over a new range on its sheet; its header row stays where it is. */
  resize(newRange: RangeProxy | string): void {
    this.context.host.requireApi("Table.resize", "1.13");
    this.call("resize", [typeof newRange === "string" ? newRange : "(range)"], (table) => {
      const target =
        typeof newRange === "string"
          ? { sheet: table.sheet, rect: parseRect(newRange.slice(newRange.lastIndexOf("!") + 1)) }
          : newRange.entity();
      const rect = target.rect;
      if (!rect || target.sheet !== table.sheet || rect.row !== table.rect.row || rect.col !== table.rect.col)
        throw invalidArgument("Table.resize", "the table's header row must stay where it is");
      if (this.context.host.model.tablesOn(table.sheet).some((t) => t !== table && intersects(t.rect, rect)))
        throw new HostError("InvalidOperation", "A table can't overlap another table.", "Table.resize");
      table.rect = rect;
    });
  }

  /** Deletes the table and its cells. */
  delete(): void {
    this.call("delete", [], (table) => {
      table.sheet.clear(table.rect);
      const tables = this.context.host.model.tables;
      tables.splice(tables.indexOf(table), 1);
    });
  }

  private range(rectOf: (t: HostTable) => RangeEntity["rect"]): RangeProxy {
    return this.child(
      (t) => ({ sheet: t.sheet, rect: rectOf(t) }),
      (ctx, resolver) => new RangeProxy(ctx, resolver),
    );
  }
}

/** Only so that a test can see it used: the add-in must never add rows to a user's table. */
export class TableRowCollectionProxy extends HostObject<HostTable> {
  constructor(ctx: ProxyContext, resolver: () => HostTable | null) {
    super(ctx, resolver, "TableRowCollection");
  }

  protected readProperty(name: string, table: HostTable): unknown {
    return name === "count" ? table.bodyRect.rows : NOT_A_PROPERTY;
  }

  add(index: number | undefined, values: unknown[][]): void {
    this.call("add", [index, values], (table, exec) => {
      const row = table.rect.row + table.rect.rows - (table.showTotals ? 1 : 0);
      values.forEach((cells, i) =>
        cells.forEach((v, c) => writeInput(table.sheet.ensure(row + i, table.rect.col + c), v)),
      );
      table.rect = { ...table.rect, rows: table.rect.rows + values.length };
      exec.edits.push({
        sheet: table.sheet,
        rect: { row, col: table.rect.col, rows: values.length, cols: table.rect.cols },
      });
    });
  }
}
