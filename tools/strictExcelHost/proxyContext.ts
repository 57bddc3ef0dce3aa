/**
 * The request context as the proxies see it. The proxy modules import only this, never the context or
 * the host that compose them, so the object model's loops (a range's worksheet, a worksheet's ranges)
 * run through the context's factories rather than through imports.
 */
import type { Action, Execution } from "./batch";
import type { Registration } from "./events";
import type { HostSheet, HostWorkbook } from "./model";
import type { HostOptions } from "./options";

/** The host's state that proxies read and change. */
export interface ProxyHost {
  readonly model: HostWorkbook;
  readonly options: HostOptions;
  readonly handlers: Registration[];
  enableEvents: boolean;
  selection?: string;
  activeSheet?: HostSheet;
  /** Throws ApiNotFound for a call above the host's ExcelApi version. */
  requireApi(what: string, version: string): void;
}

export interface ProxyContext {
  readonly host: ProxyHost;
  readonly proxies: ProxyFactories;
  enqueue(action: Action): void;
}

/** A proxy as another proxy holds it: resolved to its entity, and loaded through ("worksheet/name"). */
export interface EntityProxy<E> {
  entity(): E;
  collect(paths: readonly string[], exec: Execution): unknown;
}

/** Proxies a module hands out though their class sits above it: range.worksheet and table.worksheet. */
export interface ProxyFactories {
  readonly worksheet: (context: ProxyContext, resolver: () => HostSheet | null) => EntityProxy<HostSheet>;
}
