/** The Issues tab: the session's validation, and jumps to an issue's cell through the host. */
import { useHost, useReload, useValidationTool } from "../../session/hooks";
import { ValidateView } from "./ValidateView";

export default function IssuesView() {
  const host = useHost();
  return (
    <ValidateView validation={useValidationTool()} revalidate={useReload()} selectCell={(a) => host.selectCell(a)} />
  );
}
