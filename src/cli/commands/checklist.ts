/** `prodbook checklist <book.xlsx>`: SOP status and the delivery checklist as of the Report Date. */
import { checklistJson, checklists, type ChecklistJson, type SopGroupJson } from "../../app/checklists";
import { loadWorkbook } from "../../app/loadWorkbook";
import { countBySeverity } from "../../domain/issues";
import { isoDateOption, parseArgs, UsageError } from "../args";
import { FileError, readInput, type CommandResult } from "../files";
import { dim, forTerminal, issueLine, plural, red, writeJson, yellow } from "../output";

export const CHECKLIST_HELP = `prodbook checklist <book.xlsx> [--json] [--as-of YYYY-MM-DD]

SOP status and the delivery checklist as of the Report Date: each SOP step done, not applicable,
overdue, due soon (7 days), blocked or open, completion by phase and owner; each deliverable complete,
awaiting acceptance, rejected, overdue, due soon (14 days) or open, percent complete over required items
by category, the next items due and the required items still open for the Delivery Due date.
Exit code 1 when the workbook has errors (rejected or required overdue deliverables among them).`;

export async function checklistCommand(argv: readonly string[]): Promise<CommandResult> {
  const args = parseArgs(argv, { options: ["as-of"], flags: ["json"] });
  const [file, extra] = args.positionals;
  if (!file || extra) throw new UsageError("checklist takes one workbook: prodbook checklist <book.xlsx>");
  const asOf = isoDateOption(args, "as-of");
  const opened = await readInput(file);
  if ("error" in opened) throw new FileError(opened.error);
  const out = checklistJson(checklists(await loadWorkbook(opened.gateway, { asOf })));
  if (args.flags.has("json")) writeJson(out);
  else printText(forTerminal(out));
  return { exitCode: countBySeverity(out.issues).error > 0 ? 1 : 0 };
}

const pct = (p: number | null) => (p === null ? "  —  " : `${p.toFixed(1).padStart(5)}%`);
const ids = (list: readonly string[]) => (list.length > 0 ? list.join(", ") : "none");

function groupLine(name: string, g: SopGroupJson): string {
  const attention = [
    g.overdue ? red(`${g.overdue} overdue`) : "",
    g.blocked ? yellow(`${g.blocked} blocked`) : "",
    g.dueSoon ? yellow(`${g.dueSoon} due soon`) : "",
  ].filter(Boolean);
  return `    ${name.padEnd(24)} ${String(g.done).padStart(3)}/${String(g.steps - g.notApplicable).padEnd(3)} ${pct(g.percentComplete)}  ${attention.join(", ")}`;
}

function printText(out: ChecklistJson): void {
  const { sop, delivery } = out;
  const w = (line = "") => process.stdout.write(`${line}\n`);
  w(
    `SOP as of ${out.asOf}: ${plural(sop.steps, "step")}, ${sop.done} done (${pct(sop.percentComplete).trim()}), ${sop.notApplicable} not applicable`,
  );
  w(`  ${red(`Overdue: ${ids(sop.overdue)}`)}`);
  w(`  ${yellow(`Blocked: ${ids(sop.blocked)}`)}`);
  w(`  Due soon: ${ids(sop.dueSoon)}`);
  w("  By phase (done/applicable):");
  for (const [phase, g] of Object.entries(sop.byPhase)) w(groupLine(phase, g));
  w("  By owner:");
  for (const [owner, g] of Object.entries(sop.byOwner)) w(groupLine(owner, g));
  w();
  w(
    `Delivery: ${delivery.complete} of ${plural(delivery.required, "required item")} complete (${pct(delivery.percentComplete).trim()})`,
  );
  w(`  ${red(`Rejected: ${ids(delivery.rejected)}`)}`);
  w(`  ${red(`Overdue: ${ids(delivery.overdue)}`)}`);
  w(`  Awaiting acceptance: ${ids(delivery.awaitingAcceptance)}`);
  w(`  ${yellow(`Due soon: ${ids(delivery.dueSoon)}`)}`);
  w("  By category (required complete):");
  for (const [category, g] of Object.entries(delivery.byCategory))
    w(
      `    ${category.padEnd(24)} ${String(g.complete).padStart(3)}/${String(g.required).padEnd(3)} ${pct(g.percentComplete)}`,
    );
  w("  Next due:");
  for (const n of delivery.nextDue)
    w(`    ${n.dueDate}  ${n.itemId.padEnd(8)} ${n.item}${dim(n.state === "dueSoon" ? "  (due soon)" : "")}`);
  w(
    `  Required items still open for Delivery Due ${delivery.deliveryDue ?? "(not set in Setup)"}: ${delivery.openAtDelivery.length}`,
  );
  for (const i of out.issues) w(issueLine(i));
}
