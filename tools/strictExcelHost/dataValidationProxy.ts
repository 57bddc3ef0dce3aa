/**
 * Range.dataValidation (ExcelApi 1.8), list rules only, as strictly as Excel: its properties are
 * readable only once loaded, a rule names exactly one kind, a typed list's source is at most 255
 * characters, an alert's style is one of Excel's three. Reading a range whose cells differ gives type
 * "Inconsistent" and no rule, as Excel does.
 */
import type { Rect } from "./a1";
import { HostObject, NOT_A_PROPERTY } from "./clientObject";
import { HostError, invalidArgument } from "./hostError";
import type { CellValidation, HostSheet } from "./model";
import type { ProxyContext } from "./proxyContext";
import type { RangeEntity } from "./rangeProxies";

/** Excel's limit on a list typed into the Source box. */
const MAX_LIST_SOURCE = 255;
const ALERT_STYLES = ["Stop", "Warning", "Information"];
const NO_VALIDATION: CellValidation = { ignoreBlanks: true };

export interface ListRule {
  readonly list: { readonly inCellDropDown: boolean; readonly source: string };
}

export interface ErrorAlert {
  readonly showAlert: boolean;
  readonly style: string;
  readonly title: string;
  readonly message: string;
}

function eachCell(sheet: HostSheet, rect: Rect, fn: (v: CellValidation) => CellValidation): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const cell = sheet.ensure(r, c);
      cell.validation = fn(cell.validation ?? NO_VALIDATION);
    }
}

/** The one validation every cell of the range has, or "Inconsistent". */
function common(sheet: HostSheet, rect: Rect): CellValidation | "Inconsistent" {
  let first: string | undefined;
  let found = NO_VALIDATION;
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const v = sheet.cell(r, c)?.validation ?? NO_VALIDATION;
      const key = JSON.stringify(v);
      if (first === undefined) [first, found] = [key, v];
      else if (key !== first) return "Inconsistent";
    }
  return found;
}

export class DataValidationProxy extends HostObject<RangeEntity> {
  constructor(ctx: ProxyContext, resolver: () => RangeEntity | null) {
    super(ctx, resolver, "DataValidation");
  }

  protected readProperty(name: string, { sheet, rect }: RangeEntity): unknown {
    const v = common(sheet, rect);
    switch (name) {
      case "type":
        return v === "Inconsistent" ? v : v.rule ? "List" : "None";
      case "rule":
        return v === "Inconsistent" || !v.rule ? {} : v.rule;
      case "ignoreBlanks":
        return v === "Inconsistent" ? null : v.ignoreBlanks;
      case "errorAlert":
        return v === "Inconsistent"
          ? null
          : (v.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" });
      default:
        return NOT_A_PROPERTY;
    }
  }

  get type(): string {
    return this.get("type");
  }
  get rule(): Partial<ListRule> {
    return this.get("rule");
  }
  set rule(rule: ListRule) {
    const kinds = Object.keys(rule ?? {});
    if (kinds.length !== 1) throw invalidArgument("DataValidation.rule", "a rule names exactly one kind");
    if (kinds[0] !== "list")
      throw new HostError("GeneralException", "The strict host models list rules only.", "DataValidation.rule");
    const source = rule.list.source;
    if (typeof source !== "string" || source === "" || source.length > MAX_LIST_SOURCE)
      throw invalidArgument("DataValidation.rule", `a list's source is 1 to ${MAX_LIST_SOURCE} characters`);
    this.set("rule", rule, ({ sheet, rect }) => eachCell(sheet, rect, (v) => ({ ...v, rule: structuredClone(rule) })));
  }

  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.set("ignoreBlanks", value, ({ sheet, rect }) => eachCell(sheet, rect, (v) => ({ ...v, ignoreBlanks: value })));
  }

  get errorAlert(): ErrorAlert {
    return this.get("errorAlert");
  }
  set errorAlert(alert: ErrorAlert) {
    if (!ALERT_STYLES.includes(alert.style))
      throw invalidArgument("DataValidation.errorAlert", `style '${alert.style}' is not ${ALERT_STYLES.join(", ")}`);
    this.set("errorAlert", alert, ({ sheet, rect }) =>
      eachCell(sheet, rect, (v) => ({ ...v, errorAlert: { ...alert } })),
    );
  }

  clear(): void {
    this.call("clear", [], ({ sheet, rect }) => eachCell(sheet, rect, () => NO_VALIDATION));
  }
}
