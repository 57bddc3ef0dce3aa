/** The Overview tab: the production, its Report Date, issue counts, each tool's headline, the actions. */
import { Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { ActionsPanel } from "../../components/ActionsPanel";
import { useTileStyles } from "../../components/Figures";
import { SEVERITIES, SEVERITY_LABEL } from "../../components/severity";
import { ToolStatus } from "../../components/ToolStatus";
import { useOverviewTool } from "../../session/toolHooks";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  // Fluent's text is inline: the title and the Report Date under it each take their own line.
  title: { display: "block", margin: 0, overflowWrap: "anywhere" },
  counts: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS, margin: 0 },
  number: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  headlines: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  headline: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export default function OverviewView() {
  const styles = useStyles();
  const tiles = useTileStyles();
  const overview = useOverviewTool();
  if (overview.status !== "ready") return <ToolStatus state={overview} failure="The workbook could not be read." />;
  const { title, reportDate, counts, headlines } = overview.value;
  return (
    <section className={styles.view} aria-labelledby="overview-title">
      <div>
        <Subtitle2 as="h2" id="overview-title" className={styles.title}>
          {title ?? "Untitled production"}
        </Subtitle2>
        <Caption1 as="p">Report Date {reportDate}</Caption1>
      </div>
      <dl className={styles.counts} aria-label="Issue counts">
        {SEVERITIES.map((s) => (
          <div key={s} className={tiles.tile}>
            <dt className={tiles.label}>{SEVERITY_LABEL[s].many}</dt>
            <dd className={mergeClasses(styles.number, s === "error" && counts.error > 0 && styles.error)}>
              {counts[s].toLocaleString()}
            </dd>
          </div>
        ))}
      </dl>
      <dl className={styles.headlines} aria-label="Headlines">
        {headlines.map((h) => (
          <div key={h.tool} className={tiles.tile}>
            <dt className={tiles.label}>
              {h.tool}: {h.detail}
            </dt>
            <dd className={styles.headline}>{h.value}</dd>
          </div>
        ))}
      </dl>
      <ActionsPanel />
    </section>
  );
}
