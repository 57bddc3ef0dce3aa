/** One person's workweek: hours by multiplier, meal penalties, premiums and gross per day, and the week's totals. */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { TimecardPersonView, TimecardWeekView } from "../../../src/app/sessionTools";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
    whiteSpace: "nowrap",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

const hours = (list: TimecardWeekView["hoursByMultiplier"]) =>
  list.map((h) => `${h.hours}×${h.multiplier}`).join(" ") || "—";

export interface WeekTableProps {
  readonly person: TimecardPersonView;
  readonly week: TimecardWeekView;
  readonly selected?: string;
  readonly onSelect: (date: string) => void;
}

export function WeekTable({ person, week, selected, onSelect }: WeekTableProps) {
  const styles = useStyles();
  const num = mergeClasses(styles.cell, styles.number);
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={`${person.name}'s week (scrolls sideways)`}>
      <Caption1 as="p">
        {person.ruleSet}, base {person.baseHourlyRate}/h. Choose a day to see why it paid what it did.
      </Caption1>
      <table className={styles.table} aria-label={`${person.name}, week of ${week.weekStart}`}>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              Day
            </th>
            <th scope="col" className={styles.cell}>
              Hours × multiplier
            </th>
            <th scope="col" className={num}>
              Meals
            </th>
            <th scope="col" className={num}>
              Premiums
            </th>
            <th scope="col" className={num}>
              Gross
            </th>
          </tr>
        </thead>
        <tbody>
          {week.days.map((d) => (
            <tr key={d.date} className={mergeClasses(d.date === selected && styles.current)}>
              <th scope="row" className={styles.cell}>
                <Button
                  size="small"
                  appearance="transparent"
                  aria-pressed={d.date === selected}
                  title={`Why this pay on ${d.date}`}
                  onClick={() => onSelect(d.date)}
                >
                  {d.date.slice(5)} {d.dayType === "Work" ? "" : d.dayType}
                </Button>
              </th>
              <td className={styles.cell}>{d.error ? "not grossed" : hours(d.hoursByMultiplier)}</td>
              <td className={num}>{d.mealPenaltyAmount}</td>
              <td className={num}>{d.premiumsAmount}</td>
              <td className={num}>{d.gross ?? "—"}</td>
            </tr>
          ))}
          <tr className={styles.total}>
            <th scope="row" className={styles.cell}>
              Week
            </th>
            <td className={styles.cell}>{hours(week.hoursByMultiplier)}</td>
            <td className={num}>{week.mealPenaltyAmount}</td>
            <td className={num}>{week.premiumsAmount}</td>
            <td className={num}>{week.gross}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
