/** Completion by group (phase, category): a labelled bar per group. */
import { Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ProgressRow {
  readonly name: string;
  /** 0–100, null when nothing applies. */
  readonly percent: number | null;
  readonly detail: string;
}

export function Progress({ label, rows }: { readonly label: string; readonly rows: readonly ProgressRow[] }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={label} className={styles.list}>
      {rows.map((r) => (
        <Field
          key={r.name}
          label={`${r.name}: ${r.percent === null ? "nothing applies" : `${r.percent}%`}`}
          hint={r.detail}
        >
          <ProgressBar value={(r.percent ?? 0) / 100} thickness="large" />
        </Field>
      ))}
    </div>
  );
}
