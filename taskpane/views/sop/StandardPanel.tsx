/**
 * The SOP view's studio standard: open the standard's workbook (or, in the preview, the sample one), the
 * check against it, and Apply update, which lists every change first and writes only when confirmed.
 * Everything shown comes from useSopUpdate; this file only lays it out.
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { AppliedChange, SopUpdateTool } from "../../../src/app/sopUpdate";
import { OperationProgress } from "../../components/OperationProgress";
import { ToolStatus } from "../../components/ToolStatus";
import { useOperationState } from "../../session/hooks";
import { useSopUpdate, type SopUpdate } from "../../session/sopHooks";

const APPLY = "Apply SOP update";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** The preview's groups, in the order a person reads them: what is written, then what is left alone. */
const GROUPS: readonly { readonly action: AppliedChange["action"]; readonly title: string }[] = [
  { action: "added", title: "Steps added" },
  { action: "updated", title: "Fields updated" },
  { action: "retired", title: "Steps marked retired" },
  { action: "standard", title: "Setup" },
  { action: "kept", title: "Left as the show has them" },
];

function Listed({ title, items }: { readonly title: string; readonly items: readonly string[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <div className={styles.group}>
      <h4 className={styles.subheading}>
        {title} ({items.length})
      </h4>
      <ul className={styles.list}>
        {items.map((item, i) => (
          <li key={i}>
            <Caption1>{item}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

function versionLine(c: SopUpdateTool): string {
  if (c.standard === null || c.latestVersion === null) return `${c.file} holds no standard that Setup names.`;
  const newest = `${c.standard} v${c.latestVersion}`;
  if (c.versionsBehind === null) return `${c.file}: ${newest} is the newest; Setup names no version of it.`;
  if (c.versionsBehind <= 0) return `${c.file}: the show follows ${newest}, the newest.`;
  const behind = `${c.versionsBehind} version${c.versionsBehind === 1 ? "" : "s"} behind`;
  return `${c.file}: the show follows v${c.showVersion}, ${behind} ${newest}.`;
}

/** What the check and the preview both show from: the standard's check, the update's state, whether the pane is busy. */
interface StageProps {
  readonly check: SopUpdateTool;
  readonly sop: SopUpdate;
  readonly busy: boolean;
}

function Check({ check, sop, busy }: StageProps) {
  const { changes } = check;
  const since = check.showVersion === null ? "" : ` since v${check.showVersion}`;
  return (
    <>
      <Caption1>{versionLine(check)}</Caption1>
      {check.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {check.problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Listed title="Required steps missing" items={check.missing.map((s) => `${s.stepId} (${s.label})`)} />
      <Listed
        title="Local deviations"
        items={check.deviations.map((d) => `${d.stepId} ${d.field}: ${d.show} here, ${d.standard} in the standard`)}
      />
      <Listed
        title="Worded differently"
        items={check.renamed.map((d) => `${d.stepId}: ${d.show} here, ${d.standard} in the standard`)}
      />
      <Listed title="The show's own steps" items={check.ownSteps.length > 0 ? [check.ownSteps.join(", ")] : []} />
      <Listed
        title={`Changed in the standard${since}`}
        items={[
          ...(changes.added.length > 0 ? [`Added: ${changes.added.join(", ")}`] : []),
          ...(changes.changed.length > 0 ? [`Changed: ${changes.changed.join(", ")}`] : []),
          ...(changes.retired.length > 0 ? [`Retired: ${changes.retired.join(", ")}`] : []),
        ]}
      />
      <div>
        <Button appearance="primary" disabledFocusable={busy || !check.canApply} onClick={sop.showPreview}>
          Apply update…
        </Button>
      </div>
      {!check.canApply && (
        <Caption1>
          {check.blocked ??
            `Nothing to apply: the SOP table already matches ${check.standard} v${check.latestVersion}.`}
        </Caption1>
      )}
    </>
  );
}

function Preview({ check, sop, busy }: StageProps) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // The list replaces the button that opened it: focus goes to its heading, so a screen reader reads on.
  useEffect(() => heading.current?.focus(), []);
  const writes = check.preview.filter((c) => c.action !== "kept").length;
  return (
    <section className={styles.panel} aria-labelledby="sop-preview-title">
      <h4 id="sop-preview-title" className={styles.heading} ref={heading} tabIndex={-1}>
        Apply update to {check.standard} v{check.latestVersion}: {writes} change{writes === 1 ? "" : "s"}
      </h4>
      <Caption1>
        Nothing is written until you apply. Status, Completed, Sign-off, Evidence and the show&apos;s own Notes are
        never changed.
      </Caption1>
      {GROUPS.map((g) => (
        <Listed
          key={g.action}
          title={g.title}
          items={check.preview.filter((c) => c.action === g.action).map((c) => c.message)}
        />
      ))}
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy || !check.canApply} onClick={() => void sop.apply()}>
          Apply {writes} change{writes === 1 ? "" : "s"}
        </Button>
        <Button disabledFocusable={busy} onClick={sop.back}>
          Back
        </Button>
      </div>
    </section>
  );
}

function FileButtons({ sop, busy }: { readonly sop: SopUpdate; readonly busy: boolean }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { openFile, openSample } = sop;
  if (!openFile) return null;
  return (
    <div className={styles.buttons}>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        aria-label="Studio standard workbook"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again reads it again.
          e.target.value = "";
          if (file) void openFile(file);
        }}
      />
      <Button size="small" disabledFocusable={busy} onClick={() => input.current?.click()}>
        Open standard workbook…
      </Button>
      {openSample && (
        <Button size="small" disabledFocusable={busy} onClick={() => void openSample()}>
          Sample standard
        </Button>
      )}
    </div>
  );
}

export function StandardPanel() {
  const styles = useStyles();
  const sop = useSopUpdate();
  const operation = useOperationState();
  const running = operation.status === "running";
  const applying = running && operation.name === APPLY;
  const { standard, check, stage, showStandard } = sop;
  const opening = standard.status === "opening";
  const setting = showStandard.status === "ready" ? showStandard.value : null;
  return (
    <section className={styles.panel} aria-labelledby="sop-standard-title">
      <h3 id="sop-standard-title" className={styles.heading}>
        Studio standard
      </h3>
      <Caption1>
        {setting === null ? "Setup names no SOP Standard." : `Setup names ${setting}.`}
        {standard.status === "none" &&
          " Open the studio's standard workbook to check the SOP table against it and apply its newest version."}
      </Caption1>
      <FileButtons sop={sop} busy={running || opening} />
      {opening && (
        <Field label={`Reading ${standard.file}…`}>
          <ProgressBar />
        </Field>
      )}
      {standard.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{standard.file} could not be read.</MessageBarTitle>
            {standard.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {check && check.status !== "ready" && <ToolStatus state={check} failure="The SOP could not be checked." />}
      {check?.status === "ready" &&
        (stage.step === "preview" ? (
          <Preview check={check.value} sop={sop} busy={running} />
        ) : (
          <Check check={check.value} sop={sop} busy={running} />
        ))}
      {applying && operation.status === "running" && <OperationProgress state={operation} />}
      <div role="status">
        {stage.step === "applied" && (
          <MessageBar intent={stage.outcome.notes.length > 0 ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {stage.outcome.summary}
              {stage.outcome.notes.map((note) => (
                <div key={note}>{note}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {stage.step === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>Apply update failed: {stage.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
