/** The pane's writing actions, their progress with a Cancel, and what the last one did. */
import { OperationProgress } from "./OperationProgress";
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { OperationState } from "../../src/app/operationQueue";
import type { ActionOutcome } from "../../src/app/sessionOperations";
import { useOperationState, useSessionState } from "../session/hooks";
import { useActions } from "../session/toolHooks";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
});

function Outcome({ state }: { readonly state: OperationState }) {
  if (state.status === "failed")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {state.name} failed: {state.message}
        </MessageBarBody>
      </MessageBar>
    );
  if (state.status === "cancelled")
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {state.name} was cancelled after {state.done} of {state.total} steps; what was written is complete.
        </MessageBarBody>
      </MessageBar>
    );
  if (state.status !== "done") return null;
  const { summary, notes } = state.outcome as ActionOutcome;
  return (
    <MessageBar intent={notes.length > 0 ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        {summary}
        {notes.map((note) => (
          <div key={note}>{note}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

export function ActionsPanel() {
  const styles = useStyles();
  const state = useOperationState();
  const session = useSessionState();
  const actions = useActions();
  const running = state.status === "running";
  const blocked = running || session.status !== "ready";
  return (
    <section className={styles.panel} aria-labelledby="actions-title">
      <Subtitle2 as="h2" id="actions-title" className={styles.title}>
        Actions
      </Subtitle2>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={blocked} onClick={() => void actions.writeReports()}>
          Write reports
        </Button>
        <Button disabledFocusable={blocked} onClick={() => void actions.publishCostReport()}>
          Publish cost report
        </Button>
        <Button disabledFocusable={blocked} onClick={() => void actions.insertTemplate()}>
          Insert template
        </Button>
      </div>
      <Caption1>
        Write reports rewrites Prodbook's report sheets; sheets you made yourself are never replaced. Publish cost
        report keeps this Report Date's figures for the next report's period movement. Insert template adds the contract
        tables the workbook lacks, without touching your data.
      </Caption1>
      {state.status === "running" && <OperationProgress state={state} />}
      <div role="status">
        <Outcome state={state} />
      </div>
    </section>
  );
}
