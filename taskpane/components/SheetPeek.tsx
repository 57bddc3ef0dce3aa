/** The preview's read-only view of the sheet around an issue's cell, the cell highlighted. */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Fragment, useId } from "react";
import type { SheetWindow } from "../host/sheetWindow";

const useStyles = makeStyles({
  peek: { overflowX: "auto", marginTop: tokens.spacingVerticalXS },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    maxWidth: "9em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Above the table, not its <caption>: a caption is only as wide as the table and wraps in a narrow one.
  caption: { display: "block", marginBottom: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  gap: {
    textAlign: "center",
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  target: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function SheetPeek({ view }: { readonly view: SheetWindow }) {
  const styles = useStyles();
  const captionId = useId();
  if (view.rows.length === 0) {
    return (
      <Caption1>{view.address} is outside the tables Prodbook read, so there is nothing to show around it.</Caption1>
    );
  }
  return (
    <div className={styles.peek}>
      <Caption1 id={captionId} className={styles.caption}>
        Sheet {view.sheet}, around {view.address}
      </Caption1>
      <table className={styles.table} aria-labelledby={captionId}>
        <thead>
          <tr>
            <td className={styles.head} />
            {view.columns.map((letter) => (
              <th key={letter} scope="col" className={styles.head}>
                {letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map(({ row, cells }, r) => (
            <Fragment key={row}>
              {r > 0 && row > view.rows[r - 1].row + 1 && (
                <tr>
                  <th
                    scope="row"
                    className={styles.head}
                    aria-label={`Rows ${view.rows[r - 1].row + 1} to ${row - 1} not shown`}
                  >
                    ⋮
                  </th>
                  <td className={styles.gap} colSpan={view.columns.length}>
                    ⋯
                  </td>
                </tr>
              )}
              <tr>
                <th scope="row" className={styles.head}>
                  {row}
                </th>
                {cells.map((text, c) => {
                  const target = view.target?.row === r && view.target.column === c;
                  return (
                    <td
                      key={c}
                      className={mergeClasses(styles.cell, target && styles.target)}
                      aria-current={target || undefined}
                      title={text}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
