/** Narrowing the issue list: a toggle per severity and a search box. */
import { Field, makeStyles, SearchBox, ToggleButton, tokens } from "@fluentui/react-components";
import type { Severity } from "../../src/domain/issues";
import { SEVERITIES, SEVERITY_LABEL } from "./severity";

const useStyles = makeStyles({
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface IssueFiltersProps {
  readonly counts: Record<Severity, number>;
  readonly severities: ReadonlySet<Severity>;
  readonly onToggle: (severity: Severity) => void;
  readonly query: string;
  readonly onQuery: (query: string) => void;
}

export function IssueFilters({ counts, severities, onToggle, query, onQuery }: IssueFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.filters}>
      <div role="group" aria-label="Show issues of severity" className={styles.toggles}>
        {SEVERITIES.map((s) => (
          <ToggleButton key={s} size="small" checked={severities.has(s)} onClick={() => onToggle(s)}>
            {SEVERITY_LABEL[s].many} ({counts[s].toLocaleString()})
          </ToggleButton>
        ))}
      </div>
      <Field label="Search issues">
        <SearchBox
          value={query}
          onChange={(_, data) => onQuery(data.value)}
          placeholder="Code, cell, message or value"
        />
      </Field>
    </div>
  );
}
