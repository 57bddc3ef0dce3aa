/** The Issues view: progress, the summary, and the issues to filter, search and jump to. */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ValidationSummary } from "../../../src/app/loadWorkbook";
import type { ToolState } from "../../../src/app/session";
import type { Severity } from "../../../src/domain/issues";
import { IssueFilters } from "../../components/IssueFilters";
import { IssueList } from "../../components/IssueList";
import { SheetPeek } from "../../components/SheetPeek";
import { SEVERITIES } from "../../components/severity";
import { SummaryPanel } from "../../components/SummaryPanel";
import type { SheetWindow } from "../../host/sheetWindow";
import { filterIssues, groupByTable, type KeyedIssue } from "./filterIssues";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
});

/** Issues rendered at first: thousands of buttons would make a large workbook's pane sluggish. */
const PAGE = 200;

export interface ValidateViewProps {
  readonly validation: ToolState<ValidationSummary>;
  readonly revalidate: () => void;
  readonly selectCell: (address: string) => Promise<SheetWindow | undefined>;
}

export function ValidateView({ validation, revalidate, selectCell }: ValidateViewProps) {
  const styles = useStyles();
  return (
    <section className={styles.view} aria-labelledby="validate-title">
      <div className={styles.heading}>
        <Subtitle2 as="h2" id="validate-title" className={styles.title}>
          Issues
        </Subtitle2>
        {/* disabledFocusable: a keyboard user's focus stays on the button while it works. */}
        <Button size="small" onClick={revalidate} disabledFocusable={validation.status === "loading"}>
          Validate
        </Button>
      </div>
      {validation.status === "loading" && (
        <Field label="Reading and validating the workbook…">
          <ProgressBar />
        </Field>
      )}
      {validation.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The workbook could not be validated.</MessageBarTitle>
            {validation.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={revalidate}>
              Try again
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {validation.status === "ready" && <Results summary={validation.value} selectCell={selectCell} />}
    </section>
  );
}

interface Selection {
  /** The summary the key belongs to: a new validation clears the selection. */
  readonly summary: ValidationSummary;
  readonly key: number;
  readonly view?: SheetWindow;
  readonly note?: string;
}

function Results({
  summary,
  selectCell,
}: {
  readonly summary: ValidationSummary;
  readonly selectCell: ValidateViewProps["selectCell"];
}) {
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(PAGE);
  const [selection, setSelection] = useState<Selection>();
  const matched = useMemo(() => filterIssues(summary.issues, { severities, query }), [summary, severities, query]);
  const groups = useMemo(() => groupByTable(matched.slice(0, limit)), [matched, limit]);
  const current = selection?.summary === summary ? selection : undefined;

  const toggle = (severity: Severity) =>
    setSeverities((was) => {
      const next = new Set(was);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });

  async function jump({ key, issue }: KeyedIssue) {
    const address = issue.cell!;
    setSelection({ summary, key });
    // A later click wins over this one's answer.
    const settle = (done: Omit<Selection, "summary" | "key">) =>
      setSelection((s) => (s?.key === key && s.summary === summary ? { summary, key, ...done } : s));
    try {
      const view = await selectCell(address);
      settle(view ? { view } : { note: `Selected ${address} in Excel.` });
    } catch (error) {
      settle({ note: `Could not go to ${address}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  const detail = current?.view ? (
    <SheetPeek view={current.view} />
  ) : (
    current?.note && <Caption1 role="status">{current.note}</Caption1>
  );
  return (
    <>
      <SummaryPanel summary={summary} />
      {summary.issues.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>No issues: the workbook matches the contract.</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <IssueFilters
            counts={summary.counts}
            severities={severities}
            onToggle={toggle}
            query={query}
            onQuery={setQuery}
          />
          <Caption1 role="status">
            Showing {Math.min(limit, matched.length).toLocaleString()} of {matched.length.toLocaleString()} matching
            issues ({summary.issues.length.toLocaleString()} in all).
          </Caption1>
          <IssueList groups={groups} currentKey={current?.key} detail={detail} onSelect={jump} />
          {matched.length > limit && (
            <Button onClick={() => setLimit(Infinity)}>Show all {matched.length.toLocaleString()} issues</Button>
          )}
        </>
      )}
    </>
  );
}
