/**
 * A RequestContext: actions queue up and run at `sync()`, in order, as one batch. Each batch is
 * measured (per action: its envelope and the values it sends; then what comes back) and refused over
 * the payload limit, as Excel on the web refuses it; loaded values reach the proxies only when the
 * whole batch succeeded. A context is usable only while its Excel.run (or a later Excel.run on it)
 * runs: a proxy used after that is refused, as Office.js refuses an object whose run has ended.
 */
import { Execution, jsonBytes, type Action, type BatchRecord, type Edit } from "./batch";
import { HostError } from "./hostError";
import type { ProxyContext, ProxyFactories, ProxyHost } from "./proxyContext";
import { RuntimeProxy, WorkbookProxy, WorksheetProxy } from "./workbookProxies";

/** The host as its contexts see it: the proxies' view, and what each batch reports to it. */
export interface ContextHost extends ProxyHost {
  readonly stats: { syncCalls: number; readonly batches: BatchRecord[] };
  /** Throws what refuses the batch before it runs (cell-edit mode). */
  beforeBatch(): void;
  /** Fires the change events for what the batch edited. */
  changed(edits: readonly Edit[], source: "Local"): void;
}

// The context knows every proxy class, so it closes the object model's loops for the proxy modules.
const PROXIES: ProxyFactories = { worksheet: (context, resolver) => new WorksheetProxy(context, resolver) };

export class HostContext implements ProxyContext {
  readonly workbook: WorkbookProxy;
  readonly proxies = PROXIES;
  private runtimeProxy?: RuntimeProxy;
  private queue: Action[] = [];
  /** How many Excel.run calls on this context are running now. */
  private runs = 0;

  constructor(readonly host: ContextHost) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Excel.Runtime (ExcelApi 1.5); its enableEvents needs 1.8. */
  get runtime(): RuntimeProxy {
    return (this.runtimeProxy ??= new RuntimeProxy(this));
  }

  /** Runs `batch` with the context open; closed again when it ends, even by an error. */
  async within<T>(batch: () => Promise<T>): Promise<T> {
    this.runs++;
    try {
      return await batch();
    } finally {
      this.runs--;
    }
  }

  enqueue(action: Action): void {
    this.requireRunning(action.name);
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    this.requireRunning("RequestContext.sync");
    this.host.stats.syncCalls++;
    const actions = this.queue;
    this.queue = [];
    // Like Office.js: an empty queue makes no round trip.
    if (actions.length === 0) return;
    await Promise.resolve();
    const actionBytes = actions.map(actionRequestBytes);
    const batch: BatchRecord = {
      requestBytes: actionBytes.reduce((a, b) => a + b, 0),
      actionBytes,
      responseBytes: 0,
      actions: actions.map((a) => a.name),
      suspendedCalculation: false,
    };
    this.host.stats.batches.push(batch);
    const exec = new Execution();
    try {
      this.host.beforeBatch();
      if (batch.requestBytes > this.host.options.payloadLimit) {
        throw new HostError(
          "RequestPayloadSizeLimitExceeded",
          "The request payload size has exceeded the limit. Please refer to the documentation.",
        );
      }
      try {
        for (const action of actions) action.run(exec);
      } finally {
        // What ran before a failing action stays done, as in Excel.
        this.host.changed(exec.edits, "Local");
      }
      batch.responseBytes = exec.responseBytes;
      batch.suspendedCalculation = exec.suspendedCalculation;
      if (exec.responseBytes > this.host.options.payloadLimit) {
        throw new HostError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit. Please refer to the documentation.",
        );
      }
    } catch (error) {
      // A host bug or a misuse the host does not model stays loud: it is rethrown as it is.
      batch.error = error instanceof HostError ? error.code : String(error);
      throw error;
    }
    exec.commit();
  }

  private requireRunning(what: string): void {
    if (this.runs === 0)
      throw new HostError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do: the object was used after its Excel.run ended.",
        what,
      );
  }
}

/**
 * What one action weighs in Office.js's request: its envelope (ids, type, member name) and its
 * arguments or value. The object paths it goes through (getItem, getRange) are left out: a lower bound.
 */
function actionRequestBytes(action: Action): number {
  const [, member] = action.name.split(".");
  return jsonBytes({
    Id: 9999,
    ActionType: 4,
    Name: member,
    ObjectPathId: 9999,
    ArgumentInfo: { Arguments: action.payload },
  });
}
