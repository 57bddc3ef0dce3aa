/**
 * The workbook session behind the task pane: the workbook is read once and each tool's result is
 * computed the first time a view asks for it, then kept. A change in the workbook (a co-author's edit,
 * or the user's own typing) drops all of it and reads again; the session itself never writes. Writes
 * go through the operation queue, and the session reads again after each one.
 */
import { todayIso } from "../domain/cells/serial";
import type { LoadResult } from "../domain/validation/load";
import type { StateRow, WorkbookGateway } from "../workbook/gateway";
import { loadWorkbook } from "./loadWorkbook";
import { errorMessage, OperationQueue, type Operation, type OperationResult } from "./operationQueue";
import type { SessionRead, Tool } from "./sessionRead";
import { readProdbookState } from "./state";

export type { SessionRead, Tool };

export interface SessionWorkbook {
  readonly gateway: WorkbookGateway;
  /** The file's name, where there is one (the preview). */
  readonly name?: string;
}

export interface ChangeNotice {
  /** Every edit came from another author. */
  readonly remote: boolean;
}

export interface SessionSource {
  /** The workbook to read: the same one each time, or a new one after the preview opened a file. */
  open(): Promise<SessionWorkbook>;
  /** Calls back on edits to the workbook; resolves to the function that stops watching. */
  watch?(onChange: (notice: ChangeNotice) => void): Promise<() => void>;
  /** ISO date for a workbook without a Report Date. */
  readonly today?: () => string;
}

export type SessionState =
  | { readonly status: "loading" }
  | {
      readonly status: "ready";
      readonly loaded: LoadResult;
      /** Prodbook's state rows (published cost reports, report ownership), read with the tables. */
      readonly state: readonly StateRow[];
      readonly workbookName?: string;
      /** Bumped on every read: results of an older read are stale. */
      readonly version: number;
      /** The last read followed a co-author's edit. */
      readonly remoteChange: boolean;
    }
  | { readonly status: "failed"; readonly message: string };

export type ToolState<T> =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly value: T }
  | { readonly status: "failed"; readonly message: string };

export class WorkbookSession {
  readonly queue: OperationQueue;
  private state: SessionState = { status: "loading" };
  private workbook?: SessionWorkbook;
  private readonly listeners = new Set<() => void>();
  private readonly tools = new Map<Tool<unknown>, ToolState<unknown>>();
  private version = 0;
  /** Holds of the gate: the workbook is read again after each operation, so edits meanwhile wait for it. */
  private holds = 0;
  private stopWatching?: Promise<() => void>;

  constructor(private readonly source: SessionSource) {
    this.queue = new OperationQueue({ hold: () => this.hold() });
  }

  getState(): SessionState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the workbook and starts watching it for changes. */
  start(): Promise<void> {
    this.stopWatching ??= this.source.watch?.((notice) => this.changed(notice)).catch(() => () => {});
    return this.reload();
  }

  async dispose(): Promise<void> {
    this.listeners.clear();
    (await this.stopWatching)?.();
  }

  /** Reads again (a new file in the preview, the Validate button, a change). */
  async reload(remoteChange = false): Promise<void> {
    const version = ++this.version;
    this.tools.clear();
    this.set({ status: "loading" });
    try {
      const workbook = await this.source.open();
      const loaded = await loadWorkbook(workbook.gateway, { today: this.source.today?.() ?? todayIso() });
      const rows = await readProdbookState(workbook.gateway);
      if (version !== this.version) return;
      this.workbook = workbook;
      this.set({ status: "ready", loaded, state: rows, workbookName: workbook.name, version, remoteChange });
    } catch (error) {
      if (version !== this.version) return;
      this.set({ status: "failed", message: errorMessage(error, "Something went wrong while reading the workbook.") });
    }
  }

  /**
   * The tool's result on the current read, computed now if no view asked for it before. Tools are passed
   * in rather than imported, so that each is bundled with the views that show it, not with the pane's start.
   */
  tool<T>(tool: Tool<T>): ToolState<T> {
    const state = this.state;
    if (state.status === "loading") return { status: "loading" };
    if (state.status === "failed") return state;
    let result = this.tools.get(tool) as ToolState<T> | undefined;
    if (!result) {
      try {
        const get = <D>(other: Tool<D>): D => {
          const it = this.tool(other);
          if (it.status !== "ready") throw new Error(it.status === "failed" ? it.message : "still reading");
          return it.value;
        };
        result = { status: "ready", value: tool.compute(state, get) };
      } catch (error) {
        result = { status: "failed", message: errorMessage(error, `The ${tool.name} could not be computed.`) };
      }
      this.tools.set(tool, result);
    }
    return result;
  }

  /**
   * Runs a write on the current workbook through the queue, then reads it again. The operation is made
   * from the session's read and the gateway, so it writes what the person saw.
   */
  async run<R>(
    make: (workbook: SessionWorkbook, read: SessionRead) => Operation<R>,
  ): Promise<OperationResult<R> | undefined> {
    const state = this.state;
    if (state.status !== "ready" || !this.workbook) return undefined;
    const result = await this.queue.enqueue(make(this.workbook, state));
    // Even a failed or cancelled operation may have written some whole sheets.
    await this.reload();
    return result;
  }

  /** A change in the workbook: read it again, unless a write is running (it reads again when it ends). */
  private changed(notice: ChangeNotice): void {
    if (this.holds === 0) void this.reload(notice.remote);
  }

  private hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
    };
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
