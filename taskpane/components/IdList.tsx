/** A short titled list of IDs (steps overdue, items rejected ...), or nothing when it is empty. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  ids: { overflowWrap: "anywhere" },
});

export function IdList({ title, ids }: { readonly title: string; readonly ids: readonly string[] }) {
  const styles = useStyles();
  if (ids.length === 0) return null;
  return (
    <div className={styles.block}>
      <h3 className={styles.title}>
        {title} ({ids.length})
      </h3>
      <Caption1 className={styles.ids}>{ids.join(", ")}</Caption1>
    </div>
  );
}
