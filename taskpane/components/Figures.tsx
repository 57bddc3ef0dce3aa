/** A row of headline figures (label over value), as every tool view opens with. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** A figure's tile, label under value (the Overview's counts and headlines are tiles too). */
export const useTileStyles = makeStyles({
  tile: {
    display: "flex",
    flexDirection: "column-reverse",
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  label: { fontSize: tokens.fontSizeBase200 },
});

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
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
  const tiles = useTileStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {figures.map((f) => (
        <div key={f.label} className={tiles.tile}>
          <dt className={tiles.label}>{f.label}</dt>
          <dd className={styles.value}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
