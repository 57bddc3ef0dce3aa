/** One issue: severity, code, cell, message and the value found. With a cell, a button that goes to it. */
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue } from "../../src/domain/issues";
import { SEVERITY_LABEL } from "./severity";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "left",
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  cell: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  message: { fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  value: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** A cell can hold 32,767 characters; the list shows the start of it. */
const MAX_VALUE = 120;

function shortValue(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

export interface IssueItemProps {
  readonly issue: Issue;
  readonly current: boolean;
  readonly onSelect: () => void;
}

export function IssueItem({ issue, current, onSelect }: IssueItemProps) {
  const styles = useStyles();
  const content = (
    <>
      <span className={styles.head}>
        <Badge appearance="tint" size="small" color={SEVERITY_LABEL[issue.severity].color}>
          {SEVERITY_LABEL[issue.severity].one}
        </Badge>
        <code className={styles.code}>{issue.code}</code>
        {issue.cell && <span className={styles.cell}>{issue.cell}</span>}
      </span>
      <span className={styles.message}>{issue.message}</span>
      {issue.value !== undefined && issue.value !== "" && (
        <span className={styles.value}>Found: {shortValue(issue.value)}</span>
      )}
    </>
  );
  if (!issue.cell) return <div className={styles.item}>{content}</div>;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.button, current && styles.current)}
      aria-current={current || undefined}
      onClick={onSelect}
    >
      {content}
    </button>
  );
}
