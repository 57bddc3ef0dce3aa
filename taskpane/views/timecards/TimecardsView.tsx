/** The Timecards tab: a person's week, day by day, and why a day paid what it did. */
import { Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TimecardPersonView } from "../../../src/app/sessionTools";
import { ToolStatus } from "../../components/ToolStatus";
import { useBudgetTool, useTimecardsTool } from "../../session/toolHooks";
import { HotCostChart } from "./HotCostChart";
import { WeekTable } from "./WeekTable";
import { WhyThisPay } from "./WhyThisPay";
import { ViewSection } from "../../components/ViewSection";

const useStyles = makeStyles({
  pickers: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

export default function TimecardsView() {
  const styles = useStyles();
  const tool = useTimecardsTool();
  const budget = useBudgetTool();
  const [crewId, setCrewId] = useState<string>();
  const [weekStart, setWeekStart] = useState<string>();
  const [date, setDate] = useState<string>();
  if (tool.status !== "ready") return <ToolStatus state={tool} failure="The timecards could not be grossed." />;
  const { people } = tool.value;
  if (people.length === 0)
    return (
      <MessageBar intent="info">
        <MessageBarBody>No timecards yet: fill in the Timecards table to see each person's pay here.</MessageBarBody>
      </MessageBar>
    );
  const person: TimecardPersonView = people.find((p) => p.crewId === crewId) ?? people[0];
  const week = person.weeks.find((w) => w.weekStart === weekStart) ?? person.weeks[person.weeks.length - 1];
  const day = week?.days.find((d) => d.date === date);
  return (
    <ViewSection id="timecards" title="Timecards">
      <div className={styles.pickers}>
        <Field label="Person">
          <Select
            value={person.crewId}
            onChange={(_, d) => (setCrewId(d.value), setWeekStart(undefined), setDate(undefined))}
          >
            {people.map((p) => (
              <option key={p.crewId} value={p.crewId}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Week starting">
          <Select value={week?.weekStart ?? ""} onChange={(_, d) => (setWeekStart(d.value), setDate(undefined))}>
            {person.weeks.map((w) => (
              <option key={w.weekStart} value={w.weekStart}>
                {w.weekStart}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {budget.status === "ready" && budget.value.variance.hotCosts.length > 0 && (
        <HotCostChart days={budget.value.variance.hotCosts} />
      )}
      {week ? (
        <>
          <WeekTable person={person} week={week} selected={day?.date} onSelect={setDate} />
          {day && <WhyThisPay day={day} person={person} />}
        </>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>{person.name}'s timecard could not be grossed: see the Issues tab.</MessageBarBody>
        </MessageBar>
      )}
    </ViewSection>
  );
}
