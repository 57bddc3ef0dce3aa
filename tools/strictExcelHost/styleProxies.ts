/**
 * Named cell styles (ExcelApi 1.7): workbook.styles, a style's number format, and Range.style. The host
 * models a style's number format only; applying one sets it on every cell of the range and, as a new
 * style is built on Normal, takes away the cells' fonts, fills and borders.
 */
import { HostCollection, HostObject, NOT_A_PROPERTY } from "./clientObject";
import { HostError, itemNotFound, throwIt } from "./hostError";
import type { HostWorkbook } from "./model";
import type { ProxyContext } from "./proxyContext";

export interface HostStyle {
  readonly name: string;
  numberFormat: string;
}

const STYLES = new WeakMap<HostWorkbook, HostStyle[]>();

/** The workbook's named styles (the host starts with none of Excel's built-in ones). */
export function stylesOf(workbook: HostWorkbook): HostStyle[] {
  let styles = STYLES.get(workbook);
  if (!styles) STYLES.set(workbook, (styles = []));
  return styles;
}

export function styleNamed(workbook: HostWorkbook, name: string): HostStyle | undefined {
  return stylesOf(workbook).find((s) => s.name.toLowerCase() === name.toLowerCase());
}

export class StyleCollectionProxy extends HostCollection<HostStyle, StyleProxy> {
  constructor(ctx: ProxyContext) {
    ctx.host.requireApi("Workbook.styles", "1.7");
    super(ctx, () => stylesOf(ctx.host.model), "StyleCollection");
  }

  protected itemProxy(style: HostStyle): StyleProxy {
    const proxy = new StyleProxy(this.context, () => style);
    proxy.bind(style);
    return proxy;
  }

  add(name: string): void {
    this.call("add", [name], () => {
      if (styleNamed(this.context.host.model, name))
        throw new HostError("ItemAlreadyExists", "A style with that name already exists.", "StyleCollection.add");
      stylesOf(this.context.host.model).push({ name, numberFormat: "General" });
    });
  }

  getItem(name: string): StyleProxy {
    return new StyleProxy(
      this.context,
      () => styleNamed(this.context.host.model, name) ?? throwIt(itemNotFound(`StyleCollection.getItem('${name}')`)),
    );
  }
}

export class StyleProxy extends HostObject<HostStyle> {
  constructor(ctx: ProxyContext, resolver: () => HostStyle | null) {
    super(ctx, resolver, "Style");
  }

  protected readProperty(name: string, style: HostStyle): unknown {
    return name === "name" ? style.name : name === "numberFormat" ? style.numberFormat : NOT_A_PROPERTY;
  }

  get name(): string {
    return this.get("name");
  }

  get numberFormat(): string {
    return this.get("numberFormat");
  }
  set numberFormat(format: string) {
    this.set("numberFormat", format, (style) => (style.numberFormat = format));
  }
}
