/** The Schedule tab: days ahead or behind, the burn-up, estimated finish, scenes behind, day out of days. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { DoodJson } from "../../../src/app/schedule";
import { DataTable } from "../../components/DataTable";
import { Figures } from "../../components/Figures";
import { ToolStatus } from "../../components/ToolStatus";
import { useScheduleTool } from "../../session/toolHooks";
import { BurnUpChart } from "./BurnUpChart";
import { ViewSection, BlockTitle } from "../../components/ViewSection";

const useStyles = makeStyles({
  code: { fontFamily: tokens.fontFamilyMonospace, textAlign: "center" },
});

type CastRow = DoodJson["cast"][number];

export default function ScheduleView() {
  const styles = useStyles();
  const tool = useScheduleTool();
  if (tool.status !== "ready") return <ToolStatus state={tool} failure="The schedule could not be computed." />;
  const { summary: s, burnUp, behind, dood } = tool.value;
  const ahead = s.daysAhead === null ? "—" : s.daysAhead < 0 ? `${-s.daysAhead} behind` : `${s.daysAhead} ahead`;
  return (
    <ViewSection id="schedule" title="Schedule">
      <Figures
        label="Schedule figures"
        figures={[
          { label: "Days", value: ahead },
          { label: "Day", value: `${s.daysElapsed} of ${s.scheduledDays}` },
          { label: "Pages shot / planned", value: `${s.pagesShotToDate} / ${s.pagesPlannedToDate}` },
          { label: "Estimated finish", value: s.estimatedFinishDate ?? "—" },
          { label: "Scenes shot", value: `${s.scenesCompleted} of ${s.scenesTotal}` },
          { label: "Scenes behind", value: String(s.scenesBehind) },
        ]}
      />
      {burnUp.length > 0 && <BurnUpChart days={burnUp} />}
      {behind.length > 0 && (
        <Caption1>Behind: {behind.map((b) => `scene ${b.scene} (day ${b.day})`).join(", ")}</Caption1>
      )}
      <BlockTitle>Day out of days</BlockTitle>
      {dood.cast.length === 0 ? (
        <Caption1>No cast on the schedule yet.</Caption1>
      ) : (
        <DataTable<CastRow>
          label="Day out of days"
          rowKey={(c) => c.castId}
          rows={dood.cast}
          columns={[
            { name: "Cast", value: (c) => `${c.castId} ${c.character}` },
            ...dood.days.map((d, i) => ({
              name: String(d.day),
              value: (c: CastRow) => <span className={styles.code}>{c.codes[i]}</span>,
            })),
            { name: "Work", value: (c) => c.work, numeric: true },
            { name: "Total", value: (c) => c.total, numeric: true },
          ]}
        />
      )}
    </ViewSection>
  );
}
