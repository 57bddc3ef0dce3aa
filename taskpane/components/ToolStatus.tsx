/** What a view shows while its tool has no result: progress, or why it failed with a way to try again. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { ToolState } from "../../src/app/session";
import { useReload } from "../session/hooks";

export function ToolStatus({ state, failure }: { readonly state: ToolState<unknown>; readonly failure: string }) {
  const reload = useReload();
  if (state.status === "loading")
    return (
      <Field label="Reading the workbook…">
        <ProgressBar />
      </Field>
    );
  if (state.status === "failed")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{failure}</MessageBarTitle>
          {state.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={reload}>
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  return null;
}
