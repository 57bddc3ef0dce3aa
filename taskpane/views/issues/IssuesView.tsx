/** The Issues tab: the session's validation, and jumps to an issue's cell through the host. */
import { useHost, useReload } from "../../session/hooks";
import { useValidationTool } from "../../session/toolHooks";
import { ValidateView } from "./ValidateView";

export default function IssuesView() {
  const host = useHost();
  return (
    <ValidateView validation={useValidationTool()} revalidate={useReload()} selectCell={(a) => host.selectCell(a)} />
  );
}
