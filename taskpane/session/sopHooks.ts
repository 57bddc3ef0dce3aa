/**
 * Apply SOP update for the SOP view: the studio standard the person opened (kept per session, so that
 * it survives switching tabs and every read of the show's workbook), the check and preview the session
 * computes on the current read, and the update through the session's queue. Bundled with the SOP view.
 */
import { useCallback, useSyncExternalStore } from "react";
import type { ToolState, WorkbookSession } from "../../src/app/session";
import type { ActionOutcome } from "../../src/app/sessionOperations";
import {
  applySopUpdateOperation,
  SHOW_STANDARD,
  StandardStore,
  type SopUpdateTool,
  type StandardState,
} from "../../src/app/sopUpdate";
import { useSessionContext, useSessionState, useTool } from "./hooks";

/** Where the person is in Apply update: kept beside the standard, since the view unmounts while the workbook is read again. */
class StageStore {
  private stage: SopStage = { step: "check" };
  private readonly listeners = new Set<() => void>();
  get = (): SopStage => this.stage;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  set = (stage: SopStage): void => {
    this.stage = stage;
    for (const listener of this.listeners) listener();
  };
}

interface SopStores {
  readonly standard: StandardStore;
  readonly stage: StageStore;
}

const stores = new WeakMap<WorkbookSession, SopStores>();

function storesOf(session: WorkbookSession): SopStores {
  let it = stores.get(session);
  if (!it) stores.set(session, (it = { standard: new StandardStore(), stage: new StageStore() }));
  return it;
}

export type SopStage =
  /** The check, with Apply update… */
  | { readonly step: "check" }
  /** Every change listed; nothing written until confirmed. */
  | { readonly step: "preview" }
  /** What the last Apply update did (or why it did not). */
  | { readonly step: "applied"; readonly outcome: ActionOutcome }
  | { readonly step: "failed"; readonly message: string };

export interface SopUpdate {
  /** Setup's SOP Standard, or null. */
  readonly showStandard: ToolState<string | null>;
  readonly standard: StandardState;
  /** The check against the opened standard; absent until one is open. */
  readonly check?: ToolState<SopUpdateTool>;
  readonly stage: SopStage;
  /** Absent where the host cannot read a picked file. */
  readonly openFile?: (file: File) => Promise<void>;
  /** The preview host's bundled standard. */
  readonly openSample?: () => Promise<void>;
  readonly showPreview: () => void;
  readonly back: () => void;
  /** Writes the update the preview shows, through the queue. */
  readonly apply: () => Promise<void>;
}

export function useSopUpdate(): SopUpdate {
  const { session, host } = useSessionContext();
  const { standard: store, stage: stages } = storesOf(session);
  const standard = useSyncExternalStore(store.subscribe, store.getState);
  const stage = useSyncExternalStore(stages.subscribe, stages.get);
  const setStage = stages.set;
  const showStandard = useTool(SHOW_STANDARD);
  // The check is a session tool over the current read, computed when first asked.
  useSessionState();
  const check = standard.status === "open" ? session.tool(standard.tool) : undefined;

  const { readOtherWorkbook, sampleStandard } = host;
  const openFile = useCallback(
    async (file: File) => {
      setStage({ step: "check" });
      await store.open(file.name, () => readOtherWorkbook!(file));
    },
    [store, setStage, readOtherWorkbook],
  );
  const openSample = useCallback(async () => {
    setStage({ step: "check" });
    await store.open("studio-sop-standard.xlsx", async () => {
      const file = await sampleStandard!();
      return readOtherWorkbook!(file);
    });
  }, [store, setStage, sampleStandard, readOtherWorkbook]);

  const apply = useCallback(async () => {
    const current = store.getState();
    const shown = current.status === "open" ? session.tool(current.tool) : undefined;
    if (current.status !== "open" || shown?.status !== "ready") return;
    const result = await session.run(({ gateway }, read) =>
      applySopUpdateOperation(gateway, read, current.book, shown.value.preview),
    );
    if (!result) setStage({ step: "failed", message: "The workbook is being read again: try once it is shown." });
    else if (result.status === "done") setStage({ step: "applied", outcome: result.outcome });
    else if (result.status === "failed") setStage({ step: "failed", message: result.message });
    else setStage({ step: "check" });
  }, [session, store, setStage]);

  return {
    showStandard,
    standard,
    check,
    stage,
    openFile: readOtherWorkbook && openFile,
    openSample: readOtherWorkbook && sampleStandard && openSample,
    showPreview: useCallback(() => setStage({ step: "preview" }), [setStage]),
    back: useCallback(() => setStage({ step: "check" }), [setStage]),
    apply,
  };
}
