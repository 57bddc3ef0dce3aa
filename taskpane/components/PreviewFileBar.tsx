/** The preview's file controls: open another .xlsx, download the current one. Excel has its own. */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { WorkbookFile } from "../host/host";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The buttons keep their own size; an error goes below them, not beside.
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
});

export interface PreviewFileBarProps {
  readonly file: WorkbookFile;
  /** After a new workbook is open, so that it gets validated. */
  readonly onOpened: () => void;
  /** A workbook is read: there is something to download. */
  readonly loaded: boolean;
}

export function PreviewFileBar({ file, onOpened, loaded }: PreviewFileBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function run(action: () => Promise<void>, failure: string) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(`${failure} ${e instanceof Error ? e.message : ""}`.trim());
    } finally {
      setBusy(false);
    }
  }

  async function opened(picked: File | undefined) {
    if (!input.current) return;
    // Cleared so that choosing the same file again is a change too.
    input.current.value = "";
    if (picked) await run(async () => (await file.open(picked), onOpened()), `${picked.name} could not be opened.`);
  }

  return (
    <div className={styles.bar}>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        onChange={(e) => opened(e.target.files?.[0])}
      />
      <div className={styles.buttons}>
        <Button size="small" disabledFocusable={busy} onClick={() => input.current?.click()}>
          Open workbook…
        </Button>
        {file.openProblemSample && (
          <Button
            size="small"
            disabledFocusable={busy}
            onClick={() =>
              run(async () => (await file.openProblemSample!(), onOpened()), "The sample could not be opened.")
            }
          >
            Sample with problems
          </Button>
        )}
        <Button
          size="small"
          disabledFocusable={busy || !loaded}
          onClick={() => run(file.download, "The workbook could not be downloaded.")}
        >
          Download workbook
        </Button>
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
