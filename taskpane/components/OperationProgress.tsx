/** A running write's progress bar, with a Cancel that stops it between steps. */
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { OperationState } from "../../src/app/operationQueue";
import { useActions } from "../session/toolHooks";

export function OperationProgress({ state }: { readonly state: Extract<OperationState, { status: "running" }> }) {
  const { cancel } = useActions();
  return (
    <Field label={`${state.name}: ${state.label}`} validationState="none">
      <ProgressBar value={state.total ? state.done / state.total : undefined} />
      <Button size="small" disabledFocusable={state.cancelling} onClick={cancel}>
        {state.cancelling ? "Cancelling…" : "Cancel"}
      </Button>
    </Field>
  );
}
