/** The validation at a glance: issues per severity, and how many rows each table gave. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ValidationSummary } from "../../src/app/loadWorkbook";
import { SEVERITIES, SEVERITY_LABEL } from "./severity";

const useStyles = makeStyles({
  counts: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS, margin: 0 },
  count: {
    display: "flex",
    flexDirection: "column-reverse",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  label: { fontSize: tokens.fontSizeBase200 },
  number: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  tables: { marginTop: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
  grid: { borderCollapse: "collapse", width: "100%", marginTop: tokens.spacingVerticalXS },
  cell: {
    textAlign: "left",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rows: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

export function SummaryPanel({ summary }: { readonly summary: ValidationSummary }) {
  const styles = useStyles();
  const tables = Object.entries(summary.tables);
  const rows = tables.reduce((n, [, count]) => n + count, 0);
  return (
    <section aria-label="Summary">
      <dl className={styles.counts} aria-label="Issue counts">
        {SEVERITIES.map((s) => (
          <div key={s} className={styles.count}>
            <dt className={styles.label}>{SEVERITY_LABEL[s].many}</dt>
            <dd className={mergeClasses(styles.number, s === "error" && summary.counts.error > 0 && styles.error)}>
              {summary.counts[s].toLocaleString()}
            </dd>
          </div>
        ))}
      </dl>
      <details className={styles.tables}>
        <summary>
          {tables.length} tables read, {rows.toLocaleString()} rows
        </summary>
        <table className={styles.grid}>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                Table
              </th>
              <th scope="col" className={mergeClasses(styles.cell, styles.rows)}>
                Rows
              </th>
            </tr>
          </thead>
          <tbody>
            {tables.map(([table, count]) => (
              <tr key={table}>
                <th scope="row" className={styles.cell}>
                  {table}
                </th>
                <td className={mergeClasses(styles.cell, styles.rows)}>{count.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
