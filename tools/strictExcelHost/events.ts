/**
 * onChanged events: every edit, by the API or by a "user" through the host, reaches the handlers of
 * the sheets and tables it touches, asynchronously, with its source, unless the add-in turned events
 * off (runtime.enableEvents). eventSourceProxy.ts registers the handlers.
 */
import { intersects, rectAddress } from "./a1";
import type { Edit } from "./batch";
import type { HostSheet, HostTable } from "./model";

export type Handler = (args: ChangedEventArgs) => unknown;

export type Registration =
  | { readonly kind: "worksheet"; readonly sheet: HostSheet; readonly handler: Handler }
  | { readonly kind: "table"; readonly table: HostTable; readonly handler: Handler }
  | { readonly kind: "tables"; readonly handler: Handler };

export interface ChangedEventArgs {
  readonly type: "WorksheetChanged" | "TableChanged";
  readonly source: "Local" | "Remote";
  readonly changeType: "RangeEdited";
  readonly address: string;
  readonly worksheetId: string;
  readonly tableId?: string;
}

/** The event arguments each registration receives for an edit. */
export function eventsFor(
  edit: Edit,
  source: "Local" | "Remote",
  registrations: readonly Registration[],
  tables: readonly HostTable[],
): [Handler, ChangedEventArgs][] {
  const base = {
    source,
    changeType: "RangeEdited" as const,
    address: rectAddress(edit.rect),
    worksheetId: edit.sheet.id,
  };
  const out: [Handler, ChangedEventArgs][] = [];
  for (const r of registrations) {
    if (r.kind === "worksheet" && r.sheet === edit.sheet) out.push([r.handler, { ...base, type: "WorksheetChanged" }]);
    if (r.kind === "table" && r.table.sheet === edit.sheet && intersects(r.table.rect, edit.rect))
      out.push([r.handler, { ...base, type: "TableChanged", tableId: r.table.id }]);
    if (r.kind === "tables") {
      for (const t of tables)
        if (t.sheet === edit.sheet && intersects(t.rect, edit.rect))
          out.push([r.handler, { ...base, type: "TableChanged", tableId: t.id }]);
    }
  }
  return out;
}
