/**
 * A batch as `sync()` runs it: the queued actions, what they carry and return (JSON bytes), the edits
 * they make, and the loaded values they hand to the proxies once the whole batch succeeded.
 */
import type { Rect } from "./a1";
import type { HostSheet } from "./model";

export interface Action {
  readonly name: string;
  /** What the request carries for it (values, formats, arguments). */
  readonly payload?: unknown;
  run(exec: Execution): void;
}

export interface BatchRecord {
  /** The request: the sum of actionBytes. */
  readonly requestBytes: number;
  /** Each action's bytes in the request, in the order queued. */
  readonly actionBytes: readonly number[];
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
