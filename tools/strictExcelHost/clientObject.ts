/**
 * The proxy machinery: every proxy resolves to a model entity only while a batch runs (memoized, like
 * Excel's object ids); properties are readable only once loaded by a completed sync (reading earlier
 * throws PropertyNotLoaded); writes and calls are queued and applied at sync.
 */
import type { Execution } from "./batch";
import { HostError, propertyNotLoaded } from "./hostError";
import type { EntityProxy, ProxyContext } from "./proxyContext";

export type LoadOption = string | string[] | { select?: string | string[] };

type Resolution<E> = { entity: E | null };

export abstract class HostObject<E> implements EntityProxy<E> {
  private resolution?: Resolution<E>;
  /** True once a completed sync has told the proxy whether it is a null object. */
  private known = false;
  private readonly loaded = new Map<string, unknown>();
  private readonly navigation = new Map<string, unknown>();

  constructor(
    readonly context: ProxyContext,
    private readonly resolver: () => E | null,
    protected readonly className: string,
  ) {}

  /** Scalar property names and how to read them from the entity. */
  protected abstract readProperty(name: string, entity: E): unknown;

  /** Navigation properties that a load path may go through ("worksheet/name"). */
  protected navigate(_name: string): EntityProxy<unknown> | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (!this.known) throw propertyNotLoaded(`${this.className}.isNullObject`);
    return this.resolution?.entity === null;
  }

  load(option?: LoadOption): this {
    const paths = parseLoadOption(option);
    this.context.enqueue({
      name: `${this.className}.load`,
      run: (exec) => exec.addResponse(this.collect(paths, exec)),
    });
    return this;
  }

  /** The entity, or null for a null object; throws what the resolver throws (ItemNotFound). */
  entityOrNull(): E | null {
    if (!this.resolution) this.resolution = { entity: this.resolver() };
    return this.resolution.entity;
  }

  entity(): E {
    const e = this.entityOrNull();
    if (e === null) throw new HostError("ItemNotFound", "The requested resource doesn't exist.", this.className);
    return e;
  }

  bind(entity: E): void {
    this.resolution = { entity };
  }

  /** A navigation property's proxy: the same object on every access, as in Office.js. */
  protected nav<P>(name: string, make: () => P): P {
    if (!this.navigation.has(name)) this.navigation.set(name, make());
    return this.navigation.get(name) as P;
  }

  /** A proxy whose entity comes from this one's; a null parent gives a null child (or throws, strict). */
  protected child<C, P extends EntityProxy<C>>(
    from: (parent: E) => C | null,
    make: (ctx: ProxyContext, resolver: () => C | null) => P,
  ): P {
    return make(this.context, () => {
      const parent = this.entityOrNull();
      if (parent !== null) return from(parent);
      if (this.context.host.options.nullChains === "throw")
        throw new HostError("InvalidObjectPath", "The object path is not valid.", this.className);
      return null;
    });
  }

  /** Loads paths ("name", "worksheet/name") and returns the JSON the response would carry. */
  collect(paths: readonly string[], exec: Execution): unknown {
    const entity = this.entityOrNull();
    const data: Record<string, unknown> = {};
    for (const [head, rest] of groupPaths(paths)) {
      if (rest.length === 0) {
        const value = entity === null ? undefined : this.readProperty(head, entity);
        if (value === NOT_A_PROPERTY)
          throw new HostError("InvalidArgument", `There is no property '${head}'.`, `${this.className}.load`);
        data[head] = value;
        exec.onCommit(() => this.loaded.set(head, value));
      } else {
        const nav = this.navigate(head);
        if (!nav)
          throw new HostError(
            "InvalidArgument",
            `There is no navigation property '${head}'.`,
            `${this.className}.load`,
          );
        data[head] = nav.collect(rest, exec);
      }
    }
    exec.onCommit(() => (this.known = true));
    return data;
  }

  protected get<T>(name: string): T {
    if (this.loaded.has(name)) return this.loaded.get(name) as T;
    if (this.known && this.resolution?.entity === null) return undefined as T;
    throw propertyNotLoaded(`${this.className}.${name}`);
  }

  /** A property write: readable at once on the proxy (as in Office.js), applied at sync. */
  protected set(name: string, value: unknown, apply: (entity: E, exec: Execution) => void): void {
    this.loaded.set(name, value);
    this.context.enqueue({
      name: `${this.className}.${name}=`,
      payload: value,
      run: (exec) => apply(this.entity(), exec),
    });
  }

  protected call(name: string, args: unknown[], run: (entity: E, exec: Execution) => void): void {
    this.context.enqueue({ name: `${this.className}.${name}`, payload: args, run: (exec) => run(this.entity(), exec) });
  }
}

/** Returned by readProperty for a name the object does not have. */
export const NOT_A_PROPERTY = Symbol("not a property");

/** A collection proxy: `items` once loaded, each item a proxy bound to its entity. */
export abstract class HostCollection<E, P extends HostObject<E>> extends HostObject<E[]> {
  private loadedItems?: P[];

  protected abstract itemProxy(entity: E): P;

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded(`${this.className}.items`);
    return this.loadedItems;
  }

  protected readProperty(name: string, entities: E[]): unknown {
    return name === "count" ? entities.length : NOT_A_PROPERTY;
  }

  override collect(paths: readonly string[], exec: Execution): unknown {
    const itemPaths = paths.map((p) => p.replace(/^items\//, "")).filter((p) => p !== "items");
    const items = this.entity().map((e) => this.itemProxy(e));
    const data = items.map((item) => item.collect(itemPaths, exec));
    exec.onCommit(() => (this.loadedItems = items));
    return data;
  }
}

export function parseLoadOption(option: LoadOption | undefined): string[] {
  const select = typeof option === "object" && !Array.isArray(option) ? option.select : option;
  const list = Array.isArray(select) ? select : (select ?? "").split(",");
  const paths = list.map((p) => p.trim()).filter((p) => p.length > 0);
  if (paths.length === 0)
    throw new HostError("InvalidArgument", "The strict host wants the properties to load named.", "load");
  return paths;
}

function groupPaths(paths: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split("/");
    const group = groups.get(head) ?? [];
    if (rest.length > 0) group.push(rest.join("/"));
    groups.set(head, group);
  }
  return groups;
}
