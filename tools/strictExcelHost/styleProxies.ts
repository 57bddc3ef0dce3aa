/**
 * Named cell styles (ExcelApi 1.7): workbook.styles, a style's number format, font (bold, italic, size,
 * colour), fill colour and top and bottom borders, which of those it includes (includeNumber,
 * includeFont, includePatterns, includeBorder: all true for a new style, as Excel builds it on Normal),
 * and Range.style. Applying a style to a range sets, on every cell, each part the style includes, the
 * style's own (a new style's font, fill and borders are none: the cells' go) and leaves the parts it
 * does not include as they were.
 */
import { HostCollection, HostObject, NOT_A_PROPERTY } from "./clientObject";
import { HostError, itemNotFound, throwIt } from "./hostError";
import type { CellStyle, HostWorkbook } from "./model";
import type { ProxyContext } from "./proxyContext";

export interface HostStyle {
  readonly name: string;
  numberFormat: string;
  includeNumber: boolean;
  includeFont: boolean;
  includePatterns: boolean;
  includeBorder: boolean;
  /** Its font, fill and borders, as a cell keeps them. */
  readonly look: CellStyle;
}

const INCLUDES = ["includeNumber", "includeFont", "includePatterns", "includeBorder"] as const;

/** A cell's look after `style` is applied to it: each included part the style's, the rest the cell's. */
export function styledCell(cell: CellStyle | undefined, style: HostStyle): CellStyle | undefined {
  const font = style.includeFont ? style.look : (cell ?? {});
  const look: CellStyle = {
    bold: font.bold,
    italic: font.italic,
    size: font.size,
    color: font.color,
    fill: style.includePatterns ? style.look.fill : cell?.fill,
    borders: style.includeBorder ? style.look.borders && { ...style.look.borders } : cell?.borders,
  };
  for (const key of Object.keys(look) as (keyof CellStyle)[]) if (look[key] === undefined) delete look[key];
  return Object.keys(look).length > 0 ? look : undefined;
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
      stylesOf(this.context.host.model).push({
        name,
        numberFormat: "General",
        includeNumber: true,
        includeFont: true,
        includePatterns: true,
        includeBorder: true,
        look: {},
      });
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
    if (name === "name" || name === "numberFormat" || (INCLUDES as readonly string[]).includes(name))
      return style[name as "name"];
    return NOT_A_PROPERTY;
  }

  set includeNumber(value: boolean) {
    this.set("includeNumber", value, (style) => (style.includeNumber = value));
  }
  set includeFont(value: boolean) {
    this.set("includeFont", value, (style) => (style.includeFont = value));
  }
  set includePatterns(value: boolean) {
    this.set("includePatterns", value, (style) => (style.includePatterns = value));
  }
  set includeBorder(value: boolean) {
    this.set("includeBorder", value, (style) => (style.includeBorder = value));
  }

  get font(): StyleFontProxy {
    return this.nav("font", () =>
      this.child(
        (s) => s,
        (ctx, resolver) => new StyleFontProxy(ctx, resolver),
      ),
    );
  }

  get fill(): StyleFillProxy {
    return this.nav("fill", () =>
      this.child(
        (s) => s,
        (ctx, resolver) => new StyleFillProxy(ctx, resolver),
      ),
    );
  }

  get borders(): StyleBordersProxy {
    return this.nav("borders", () =>
      this.child(
        (s) => s,
        (ctx, resolver) => new StyleBordersProxy(ctx, resolver),
      ),
    );
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

/** A part of a named style's look: write-only here, as Prodbook only sets them. */
abstract class StylePart extends HostObject<HostStyle> {
  protected readProperty(): unknown {
    return NOT_A_PROPERTY;
  }
}

export class StyleFontProxy extends StylePart {
  constructor(ctx: ProxyContext, resolver: () => HostStyle | null) {
    super(ctx, resolver, "RangeFont");
  }
  set bold(value: boolean) {
    this.set("bold", value, (s) => (s.look.bold = value));
  }
  set italic(value: boolean) {
    this.set("italic", value, (s) => (s.look.italic = value));
  }
  set size(value: number) {
    this.set("size", value, (s) => (s.look.size = value));
  }
  set color(value: string) {
    this.set("color", value, (s) => (s.look.color = value));
  }
}

export class StyleFillProxy extends StylePart {
  constructor(ctx: ProxyContext, resolver: () => HostStyle | null) {
    super(ctx, resolver, "RangeFill");
  }
  set color(value: string) {
    this.set("color", value, (s) => (s.look.fill = value));
  }
}

export class StyleBordersProxy extends StylePart {
  constructor(ctx: ProxyContext, resolver: () => HostStyle | null) {
    super(ctx, resolver, "RangeBorderCollection");
  }
  getItem(edge: string): StyleBorderProxy {
    return this.child(
      (s) => s,
      (ctx, resolver) => new StyleBorderProxy(ctx, resolver, edge),
    );
  }
}

export class StyleBorderProxy extends StylePart {
  constructor(
    ctx: ProxyContext,
    resolver: () => HostStyle | null,
    private readonly edge: string,
  ) {
    super(ctx, resolver, "RangeBorder");
  }
  set style(value: string) {
    this.set("style", value, (s) => ((s.look.borders ??= {})[this.edge] = value));
  }
  set color(value: string) {
    this.set("color", value, (s) => ((s.look.borders ??= {})[`${this.edge}Color`] = value));
  }
}
