/**
 * The one way the pane writes: operations run one at a time, step by step. Progress is reported after
 * each step; a cancel takes effect between steps, never inside one, so every sheet a step writes is
 * either whole or untouched. While an operation runs the gate is held, so that the workbook's change
 * events from its own writes are not taken for a user's edit.
 */

export interface OperationStep {
  /** What the step does, for the progress line ("Writing Timecard Report"). */
  readonly label: string;
  run(): Promise<void>;
}

export interface Operation<R = unknown> {
  /** For a person: "Write reports". */
  readonly name: string;
  /** Computes everything that will be written and returns the steps that write it. */
  plan(): Promise<readonly OperationStep[]>;
  /** What happened, after the last step (or after a cancel): shown to the person. */
  outcome(): R;
}

export interface Gate {
  /** Closes the gate until the returned function is called. */
  hold(): () => void;
}

export type OperationState =
  | { readonly status: "idle" }
  | {
      readonly status: "running";
      readonly name: string;
      readonly done: number;
      readonly total: number;
      readonly label: string;
      readonly cancelling: boolean;
    }
  | { readonly status: "done"; readonly name: string; readonly outcome: unknown }
  | { readonly status: "cancelled"; readonly name: string; readonly done: number; readonly total: number }
  | { readonly status: "failed"; readonly name: string; readonly message: string };

export type OperationResult<R> =
  | { readonly status: "done"; readonly outcome: R }
  | { readonly status: "cancelled" }
  | { readonly status: "failed"; readonly message: string };

export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}

export class OperationQueue {
  private state: OperationState = { status: "idle" };
  private readonly listeners = new Set<() => void>();
  private tail: Promise<unknown> = Promise.resolve();
  private cancelRequested = false;

  constructor(private readonly gate: Gate) {}

  getState(): OperationState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get busy(): boolean {
    return this.state.status === "running";
  }

  /** Runs after every operation queued before it. */
  enqueue<R>(operation: Operation<R>): Promise<OperationResult<R>> {
    const result = this.tail.then(() => this.execute(operation));
    this.tail = result;
    return result;
  }

  /** Stops the running operation before its next step. */
  cancel(): void {
    if (this.state.status !== "running") return;
    this.cancelRequested = true;
    this.set({ ...this.state, cancelling: true });
  }

  private async execute<R>(operation: Operation<R>): Promise<OperationResult<R>> {
    const { name } = operation;
    this.cancelRequested = false;
    const release = this.gate.hold();
    this.set({ status: "running", name, done: 0, total: 0, label: "Preparing…", cancelling: false });
    try {
      const steps = await operation.plan();
      for (const [done, step] of steps.entries()) {
        if (this.cancelRequested) {
          this.set({ status: "cancelled", name, done, total: steps.length });
          return { status: "cancelled" };
        }
        this.set({ status: "running", name, done, total: steps.length, label: step.label, cancelling: false });
        await step.run();
      }
      const outcome = operation.outcome();
      this.set({ status: "done", name, outcome });
      return { status: "done", outcome };
    } catch (error) {
      const message = errorMessage(error, `${name} failed.`);
      this.set({ status: "failed", name, message });
      return { status: "failed", message };
    } finally {
      release();
    }
  }

  private set(state: OperationState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
