/** An onChanged event source: a handler registers at sync and unregisters at a later sync, as in Excel. */
import type { Handler, Registration } from "./events";
import type { ProxyContext } from "./proxyContext";

export class EventSourceProxy {
  constructor(
    private readonly context: ProxyContext,
    private readonly name: string,
    private readonly registration: (handler: Handler) => Registration,
  ) {}

  add(handler: Handler): { context: ProxyContext; remove(): void } {
    this.context.host.requireApi(this.name, "1.7");
    let registered: Registration | undefined;
    this.context.enqueue({
      name: `${this.name}.add`,
      run: () => this.context.host.handlers.push((registered = this.registration(handler))),
    });
    return {
      context: this.context,
      remove: () =>
        this.context.enqueue({
          name: `${this.name}.remove`,
          run: () => {
            const list = this.context.host.handlers;
            if (registered) list.splice(list.indexOf(registered), 1);
          },
        }),
    };
  }
}
