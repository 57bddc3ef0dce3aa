/** Why this pay: each pay line of one day with the rule that made it. */
import { makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import type { TimecardDayView, TimecardPersonView } from "../../../src/app/sessionTools";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0 },
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  line: { display: "flex", flexDirection: "column" },
  head: { display: "flex", justifyContent: "space-between", fontWeight: tokens.fontWeightSemibold },
  reason: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function WhyThisPay({ day, person }: { readonly day: TimecardDayView; readonly person: TimecardPersonView }) {
  const styles = useStyles();
  return (
    <section className={styles.box} aria-labelledby="why-title">
      <Subtitle2 as="h3" id="why-title" className={styles.title}>
        Why this pay: {person.name}, {day.date}
        {day.dayIndex > 0 ? ` (day ${day.dayIndex} of the workweek)` : ""}
      </Subtitle2>
      {day.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>Not grossed: {day.error}</MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={styles.list}>
          {day.payLines.map((line) => (
            <li key={line.label} className={styles.line}>
              <span className={styles.head}>
                <span>
                  {line.label}
                  {line.hours !== undefined && line.multiplier !== undefined ? `: ${line.hours} h` : ""}
                </span>
                {line.amount && <span>{line.amount}</span>}
              </span>
              <span className={styles.reason}>{line.reason}</span>
            </li>
          ))}
          <li className={styles.line}>
            <span className={styles.head}>
              <span>Hours pay, all multipliers</span>
              <span>{day.hoursPayAmount}</span>
            </span>
            <span className={styles.reason}>Each hour at its multiplier × the base {person.baseHourlyRate}/h.</span>
          </li>
          <li className={styles.line}>
            <span className={styles.head}>
              <span>Day gross</span>
              <span>{day.gross}</span>
            </span>
          </li>
        </ul>
      )}
    </section>
  );
}
