/**
 * Revalidation on edits: one listener on every table (workbook.tables.onChanged) and one on each sheet
 * read as a plain range, debounced so that a paste or a burst of typing gives one call. An edit from a
 * co-author arrives as `remote: true`: the caller revalidates and must not write (a write would race
 * the other author's session). The add-in's own writes are dropped through the event gate.
 */
import { officeError } from "./errors";
import type { EventGate } from "./eventGate";
import type { OfficeHost } from "./host";

export interface ChangeNotice {
  /** Every edit in the burst came from another author. */
  readonly remote: boolean;
}

export interface WatchOptions {
  /** Sheets read as plain ranges (tables are watched whatever their sheet). */
  readonly sheets?: readonly string[];
  readonly debounceMs?: number;
  readonly gate: EventGate;
}

export interface ChangeWatch {
  stop(): Promise<void>;
}

type Source = { source: Excel.EventSource | "Local" | "Remote" };

export async function watchChanges(
  host: OfficeHost,
  onChange: (notice: ChangeNotice) => void,
  options: WatchOptions,
): Promise<ChangeWatch> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let allRemote = true;
  const handler = async (event: Source) => {
    if (options.gate.muted) return;
    allRemote &&= event.source === "Remote";
    clearTimeout(timer);
    timer = setTimeout(() => {
      const notice = { remote: allRemote };
      allRemote = true;
      onChange(notice);
    }, options.debounceMs ?? 400);
  };
  try {
    const registrations = await host.run(async (context) => {
      const results = [context.workbook.tables.onChanged.add(handler)];
      for (const name of options.sheets ?? [])
        results.push(context.workbook.worksheets.getItem(name).onChanged.add(handler));
      await context.sync();
      return results;
    });
    return {
      async stop() {
        clearTimeout(timer);
        await host.runIn(registrations[0].context as Excel.RequestContext, async (context) => {
          for (const r of registrations) r.remove();
          await context.sync();
        });
      },
    };
  } catch (error) {
    throw officeError(error, "watch the workbook for changes");
  }
}
