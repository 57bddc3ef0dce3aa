/** Hot costs by day: actual labor over planned, per shoot day to the Report Date. */
import { VerticalBarChart } from "@fluentui/react-charts";
import { Caption1Strong, tokens } from "@fluentui/react-components";
import type { HotCostDayJson } from "../../../src/app/hotCosts";

export function HotCostChart({ days }: { readonly days: readonly HotCostDayJson[] }) {
  return (
    <section aria-label="Hot costs by day">
      <Caption1Strong as="h3">Hot costs by day</Caption1Strong>
      <VerticalBarChart
        chartTitle="Hot costs by day"
        height={200}
        data={days.map((d) => ({
          x: d.date.slice(5),
          y: Number(d.hotCost),
          legend: "Hot cost",
          color: Number(d.hotCost) > 0 ? tokens.colorPaletteRedBorderActive : tokens.colorPaletteGreenBorderActive,
        }))}
      />
    </section>
  );
}
