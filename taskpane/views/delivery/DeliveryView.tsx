/** The Delivery tab: overdue, due soon, rejected and awaiting acceptance first, then completion by category. */
import { Caption1 } from "@fluentui/react-components";
import { IdList } from "../../components/IdList";
import { Progress } from "../../components/Progress";
import { ToolStatus } from "../../components/ToolStatus";
import { useChecklistsTool } from "../../session/toolHooks";
import { ViewSection } from "../../components/ViewSection";

export default function DeliveryView() {
  const tool = useChecklistsTool();
  if (tool.status !== "ready") return <ToolStatus state={tool} failure="The delivery list could not be read." />;
  const { delivery: d, asOf } = tool.value;
  const categories = Object.entries(d.byCategory);
  return (
    <ViewSection id="delivery" title="Delivery">
      <Caption1>
        As of {asOf}: {d.complete} of {d.required} required items complete
        {d.percentComplete === null ? "" : ` (${d.percentComplete}%)`}
        {d.deliveryDue ? `; delivery due ${d.deliveryDue}` : ""}.
      </Caption1>
      {categories.length === 0 ? (
        <Caption1>No deliverables yet: fill in the Deliverables table.</Caption1>
      ) : (
        <>
          <IdList title="Overdue" ids={d.overdue} />
          <IdList title="Due soon" ids={d.dueSoon} />
          <IdList title="Rejected" ids={d.rejected} />
          <IdList title="Awaiting acceptance" ids={d.awaitingAcceptance} />
          <Progress
            label="Completion by category"
            rows={categories.map(([category, g]) => ({
              name: category,
              percent: g.percentComplete,
              detail: `${g.complete} of ${g.required} required complete`,
            }))}
          />
        </>
      )}
    </ViewSection>
  );
}
