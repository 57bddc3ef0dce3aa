/**
 * The preview's stand-in for Excel's grid: the workbook's sheets read-only, with sheet tabs below, the
 * cell of a selected issue highlighted and scrolled into view. Read again after every read of the session.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { columnLetter } from "../../src/domain/cells/address";
import { displayRaw } from "../../src/domain/cells/parse";
import type { CellRef } from "../host/cellAddress";
import type { GridSheet, WorkbookGrid as Grid } from "../host/host";
import { useSessionState } from "../session/hooks";

/** Enough of a sheet to see where an issue is, without rendering tens of thousands of cells. */
const MAX_ROWS = 300;
const MAX_COLUMNS = 40;

const useStyles = makeStyles({
  frame: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    height: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  scroll: { flex: 1, overflow: "auto", minHeight: 0 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: { position: "sticky", left: 0, textAlign: "right" },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "180px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  current: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  tabs: {
    display: "flex",
    gap: tokens.spacingHorizontalXXS,
    overflowX: "auto",
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tab: {
    border: "none",
    background: "none",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    whiteSpace: "nowrap",
    cursor: "pointer",
  },
  tabOn: { backgroundColor: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold },
});

function SheetTable({ sheet, selected }: { readonly sheet: GridSheet; readonly selected?: CellRef }) {
  const styles = useStyles();
  const current = useRef<HTMLTableCellElement>(null);
  // Braces: newer Chromium returns a promise from scrollIntoView, and an effect may return only its cleanup.
  useEffect(() => {
    current.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [selected, sheet]);
  const width = Math.min(MAX_COLUMNS, Math.max(0, ...sheet.values.map((r) => r.length)));
  const rows = sheet.values.slice(0, MAX_ROWS);
  const columns = Array.from({ length: width }, (_, i) => sheet.left + i);
  return (
    <table className={styles.table} aria-label={`Sheet ${sheet.name}`}>
      <thead>
        <tr>
          <td className={styles.head} />
          {columns.map((c) => (
            <th key={c} scope="col" className={styles.head}>
              {columnLetter(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((values, r) => {
          const row = sheet.top + r;
          return (
            <tr key={row}>
              <th scope="row" className={mergeClasses(styles.head, styles.rowHead)}>
                {row}
              </th>
              {columns.map((column, c) => {
                const on = selected?.row === row && selected.column === column;
                return (
                  <td
                    key={column}
                    ref={on ? current : undefined}
                    aria-current={on || undefined}
                    className={mergeClasses(styles.cell, on && styles.current)}
                  >
                    {displayRaw(values[c] ?? null)}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export default function WorkbookGrid({ grid }: { readonly grid: Grid }) {
  const styles = useStyles();
  const session = useSessionState();
  const [sheets, setSheets] = useState<readonly GridSheet[]>([]);
  const [active, setActive] = useState<string>();
  const [selected, setSelected] = useState<CellRef>();

  useEffect(() => {
    if (session.status !== "ready") return;
    let current = true;
    grid.sheets().then(
      (read) => current && setSheets(read),
      () => current && setSheets([]),
    );
    return () => {
      current = false;
    };
  }, [grid, session]);

  useEffect(() => {
    const stop = grid.onSelect((ref) => {
      setActive(ref.sheet);
      setSelected(ref);
    });
    return () => void stop();
  }, [grid]);

  const sheet = sheets.find((s) => s.name === active) ?? sheets[0];
  return (
    <section className={styles.frame} aria-label="Workbook (read-only)">
      <div className={styles.scroll}>
        {sheet && <SheetTable sheet={sheet} selected={selected?.sheet === sheet.name ? selected : undefined} />}
      </div>
      <div className={styles.tabs} role="tablist" aria-label="Sheets">
        {sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s === sheet}
            className={mergeClasses(styles.tab, s === sheet && styles.tabOn)}
            onClick={() => setActive(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </section>
  );
}
