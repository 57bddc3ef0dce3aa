/**
 * Work queued on a request context, each piece with the bytes it puts in the request: packed into
 * batches under the payload budget (batches.ts) and sent as one round trip each. Calculation is
 * suspended for a batch that writes values; a batch Excel refuses as too large is sent again in halves.
 */
import { isPayloadError } from "./errors";

export interface Step {
  readonly bytes: number;
  readonly writesValues: boolean;
  apply(context: Excel.RequestContext): void;
  /** The same work in two steps, when it can be cut by rows. */
  split?(): [Step, Step];
}

export function step(bytes: number, writesValues: boolean, apply: (context: Excel.RequestContext) => void): Step {
  return { bytes, writesValues, apply };
}

export function totalBytes(steps: readonly Step[]): number {
  return steps.reduce((sum, s) => sum + s.bytes, 0);
}

/** One round trip, calculation suspended when it writes values; refused as too large: in halves. */
export async function runBatch(context: Excel.RequestContext, steps: readonly Step[]): Promise<void> {
  if (steps.some((s) => s.writesValues)) context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const s of steps) s.apply(context);
  try {
    await context.sync();
  } catch (error) {
    const halves =
      steps.length > 1
        ? [steps.slice(0, Math.ceil(steps.length / 2)), steps.slice(Math.ceil(steps.length / 2))]
        : steps[0].split?.().map((s) => [s]);
    if (!isPayloadError(error) || !halves) throw error;
    for (const half of halves) await runBatch(context, half);
  }
}
