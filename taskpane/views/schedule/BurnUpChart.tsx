/** Pages planned and shot, cumulative by shoot day: the burn-up. */
import { LineChart } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { ScheduleTool } from "../../../src/app/sessionTools";

export function BurnUpChart({ days }: { readonly days: ScheduleTool["burnUp"] }) {
  const points = (pick: (d: ScheduleTool["burnUp"][number]) => number) =>
    days.map((d) => ({ x: new Date(`${d.date}T00:00:00Z`), y: pick(d) }));
  return (
    <LineChart
      height={220}
      data={{
        chartTitle: "Pages planned and shot, cumulative",
        lineChartData: [
          { legend: "Planned", data: points((d) => d.planned), color: tokens.colorNeutralForeground3 },
          { legend: "Shot", data: points((d) => d.shot), color: tokens.colorPaletteGreenBorderActive },
        ],
      }}
    />
  );
}
