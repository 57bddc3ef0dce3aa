/** A compact read-only table for a pane: a caption for screen readers, numbers right-aligned, scrolls sideways. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

export interface Column<T> {
  readonly name: string;
  readonly value: (row: T) => ReactNode;
  readonly numeric?: boolean;
}

export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
}: {
  readonly label: string;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
}) {
  const styles = useStyles();
  const cell = (c: Column<T>) => mergeClasses(styles.cell, c.numeric && styles.number);
  return (
    // Focusable, so that a keyboard can scroll a table wider than the pane.
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={`${label} (scrolls sideways)`}>
      <table className={styles.table} aria-label={label}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.name} scope="col" className={cell(c)}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.name} scope="row" className={cell(c)}>
                    {c.value(row)}
                  </th>
                ) : (
                  <td key={c.name} className={cell(c)}>
                    {c.value(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
