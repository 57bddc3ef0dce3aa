/** Budget against EFC (estimate at completion) by section. */
import { GroupedVerticalBarChart } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { BudgetTool } from "../../../src/app/sessionTools";

export function BudgetChart({ sections }: { readonly sections: BudgetTool["bySection"] }) {
  return (
    <GroupedVerticalBarChart
      chartTitle="Budget and EFC by section"
      height={220}
      data={sections.map((s) => ({
        name: s.section,
        series: [
          { key: "budget", legend: "Budget", data: s.budget, color: tokens.colorPaletteBlueBorderActive },
          { key: "efc", legend: "EFC", data: s.efc, color: tokens.colorPaletteDarkOrangeBorderActive },
        ],
      }))}
    />
  );
}
