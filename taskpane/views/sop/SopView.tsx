/** The SOP tab: overdue and blocked steps first, then progress by phase, then the studio standard and Apply update. */
import { Caption1 } from "@fluentui/react-components";
import { IdList } from "../../components/IdList";
import { Progress } from "../../components/Progress";
import { ToolStatus } from "../../components/ToolStatus";
import { useChecklistsTool } from "../../session/toolHooks";
import { StandardPanel } from "./StandardPanel";
import { ViewSection } from "../../components/ViewSection";

export default function SopView() {
  const tool = useChecklistsTool();
  if (tool.status !== "ready") return <ToolStatus state={tool} failure="The SOP could not be read." />;
  const { sop, asOf } = tool.value;
  const phases = Object.entries(sop.byPhase);
  return (
    <ViewSection id="sop" title="SOP">
      <Caption1>
        As of {asOf}: {sop.done} of {sop.steps - sop.notApplicable} steps done
        {sop.percentComplete === null ? "" : ` (${sop.percentComplete}%)`}.
      </Caption1>
      {phases.length === 0 ? (
        <Caption1>No SOP steps yet: fill in the SOP table.</Caption1>
      ) : (
        <>
          <IdList title="Overdue" ids={sop.overdue} />
          <IdList title="Blocked" ids={sop.blocked} />
          <IdList title="Due soon" ids={sop.dueSoon} />
          <Progress
            label="Progress by phase"
            rows={phases.map(([phase, g]) => ({
              name: phase,
              percent: g.percentComplete,
              detail: `${g.done} done, ${g.open} open, ${g.overdue} overdue, ${g.blocked} blocked`,
            }))}
          />
        </>
      )}
      <StandardPanel />
    </ViewSection>
  );
}
