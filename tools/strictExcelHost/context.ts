/**
 * A RequestContext: actions queue up and run at `sync()`, in order, as one batch. Each batch is
 * measured (JSON bytes of the values sent and returned) and refused over the payload limit, as Excel on
 * the web refuses it; loaded values reach the proxies only when the whole batch succeeded.
 */
import type { ExcelHost } from "./host";
import { HostError } from "./hostError";
import { RuntimeProxy, WorkbookProxy } from "./workbookProxies";
import type { Rect } from "./a1";
import type { HostSheet } from "./model";

export interface Action {
  readonly name: string;
  /** What the request carries for it (values, formats, arguments). */
  readonly payload?: unknown;
  run(exec: Execution): void;
}

export interface BatchRecord {
  readonly requestBytes: number;
  responseBytes: number;
  readonly actions: readonly string[];
  suspendedCalculation: boolean;
  error?: string;
}

export interface Edit {
  readonly sheet: HostSheet;
  readonly rect: Rect;
}

export class Execution {
  private readonly commits: (() => void)[] = [];
  responseBytes = 0;
  suspendedCalculation = false;
  readonly edits: Edit[] = [];

  onCommit(fn: () => void): void {
    this.commits.push(fn);
  }

  addResponse(data: unknown): void {
    this.responseBytes += jsonBytes(data);
  }

  commit(): void {
    for (const fn of this.commits) fn();
  }
}

export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value));
}

export class HostContext {
  readonly workbook: WorkbookProxy;
  private runtimeProxy?: RuntimeProxy;
  private queue: Action[] = [];

  constructor(readonly host: ExcelHost) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Excel.Runtime (ExcelApi 1.5); its enableEvents needs 1.8. */
  get runtime(): RuntimeProxy {
    return (this.runtimeProxy ??= new RuntimeProxy(this));
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    this.host.stats.syncCalls++;
    const actions = this.queue;
    this.queue = [];
    // Like Office.js: an empty queue makes no round trip.
    if (actions.length === 0) return;
    await Promise.resolve();
    const requestBytes = actions.reduce((sum, a) => sum + jsonBytes(a.payload), 0);
    const batch: BatchRecord = {
      requestBytes,
      responseBytes: 0,
      actions: actions.map((a) => a.name),
      suspendedCalculation: false,
    };
    this.host.stats.batches.push(batch);
    const exec = new Execution();
    try {
      this.host.beforeBatch();
      if (requestBytes > this.host.options.payloadLimit) {
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
}
