/** A row of headline figures (label over value), as every tool view opens with. */
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    display: "flex",
    flexDirection: "column-reverse",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  label: { fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function Figures({
  label,
  figures,
}: {
  readonly label: string;
  readonly figures: readonly { readonly label: string; readonly value: string }[];
}) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {figures.map((f) => (
        <div key={f.label} className={styles.tile}>
          <dt className={styles.label}>{f.label}</dt>
          <dd className={styles.value}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
