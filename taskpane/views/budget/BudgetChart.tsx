/** Budget against EFC (estimate at completion) by section. */
import { GroupedVerticalBarChart } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { BudgetTool } from "../../../src/app/sessionTools";

/** Axis amounts as a producer says them: 500K, 1.9M. */
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

export function BudgetChart({ sections }: { readonly sections: BudgetTool["bySection"] }) {
  return (
    <GroupedVerticalBarChart
      chartTitle="Budget and EFC by section"
      height={220}
      // Values over bars collide in a 350 px pane; the tooltip shows each one.
      hideLabels
      yAxisTickFormat={(amount: number) => compact.format(amount)}
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
