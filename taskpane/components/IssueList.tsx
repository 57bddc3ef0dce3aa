/** The issues, grouped by table; the current one shows what its host has to show about the cell. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { IssueGroup, KeyedIssue } from "../views/issues/filterIssues";
import { IssueItem } from "./IssueItem";

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  detail: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
});

export interface IssueListProps {
  readonly groups: readonly IssueGroup[];
  readonly currentKey?: number;
  /** Shown under the current issue: the sheet around the cell, or why it could not be shown. */
  readonly detail?: ReactNode;
  readonly onSelect: (item: KeyedIssue) => void;
}

export function IssueList({ groups, currentKey, detail, onSelect }: IssueListProps) {
  const styles = useStyles();
  return (
    <>
      {groups.map(({ table, items }) => (
        <section key={table} className={styles.group} aria-label={`${table} issues`}>
          <h3 className={styles.heading}>
            {table} ({items.length.toLocaleString()})
          </h3>
          <ul className={styles.list}>
            {items.map((item) => (
              <li key={item.key}>
                <IssueItem issue={item.issue} current={item.key === currentKey} onSelect={() => onSelect(item)} />
                {item.key === currentKey && detail && <div className={styles.detail}>{detail}</div>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
