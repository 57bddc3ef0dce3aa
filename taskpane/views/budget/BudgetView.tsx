/** The Budget tab: the top sheet, flagged accounts worst first, budget vs EFC by section, Publish cost report. */
import { Caption1 } from "@fluentui/react-components";
import type { AccountJson } from "../../../src/app/variance";
import { groupThousands } from "../../../src/domain/money";
import { ActionsPanel } from "../../components/ActionsPanel";
import { DataTable } from "../../components/DataTable";
import { Figures } from "../../components/Figures";
import { ToolStatus } from "../../components/ToolStatus";
import { useBudgetTool } from "../../session/toolHooks";
import { BudgetChart } from "./BudgetChart";
import { ViewSection, BlockTitle } from "../../components/ViewSection";

export default function BudgetView() {
  const tool = useBudgetTool();
  if (tool.status !== "ready") return <ToolStatus state={tool} failure="The budget could not be computed." />;
  const { variance: v, flaggedAccounts, bySection } = tool.value;
  const t = v.topSheet;
  return (
    <ViewSection id="budget" title="Budget">
      <Caption1>
        Cost report of {v.reportDate}
        {v.previousReportDate ? `, movement since ${v.previousReportDate}` : ", no earlier report published"}
      </Caption1>
      <Figures
        label="Top sheet"
        figures={[
          { label: "Above the line", value: groupThousands(t.aboveTheLine.total) },
          { label: "Below the line", value: groupThousands(t.belowTheLine.total) },
          { label: "Post", value: groupThousands(t.post.total) },
          { label: "Other", value: groupThousands(t.other.total) },
          { label: `Contingency ${t.contingencyPercent}%`, value: groupThousands(t.contingency) },
          { label: "Grand total", value: groupThousands(t.grandTotal) },
          { label: "EFC", value: groupThousands(v.total.efc) },
          { label: "Variance", value: groupThousands(v.total.variance) },
        ]}
      />
      <BudgetChart sections={bySection} />
      <BlockTitle>Flagged accounts ({flaggedAccounts.length})</BlockTitle>
      {flaggedAccounts.length === 0 ? (
        <Caption1>No account is flagged.</Caption1>
      ) : (
        <DataTable<AccountJson>
          label="Flagged accounts, worst first"
          rowKey={(a) => a.account}
          rows={flaggedAccounts}
          columns={[
            { name: "Account", value: (a) => `${a.account} ${a.description}` },
            { name: "Budget", value: (a) => groupThousands(a.budget), numeric: true },
            { name: "EFC", value: (a) => groupThousands(a.efc), numeric: true },
            { name: "Variance", value: (a) => groupThousands(a.variance), numeric: true },
            { name: "Flags", value: (a) => a.flags.join(", ") },
          ]}
        />
      )}
      <ActionsPanel />
    </ViewSection>
  );
}
