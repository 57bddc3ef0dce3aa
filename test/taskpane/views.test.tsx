/** Each view in each state: loading, failed, empty and with the sample production's real figures. */
import { groupThousands } from "../../src/domain/money";
import { fireEvent, screen, within } from "@testing-library/react";
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { checklistJson, checklists } from "../../src/app/checklists";
import { scheduleTool, timecardsTool } from "../../src/app/sessionTools";
import { computeVariance, varianceJson } from "../../src/app/variance";
import BudgetView from "../../taskpane/views/budget/BudgetView";
import DeliveryView from "../../taskpane/views/delivery/DeliveryView";
import ScheduleView from "../../taskpane/views/schedule/ScheduleView";
import SopView from "../../taskpane/views/sop/SopView";
import IssuesView from "../../taskpane/views/issues/IssuesView";
import OverviewView from "../../taskpane/views/overview/OverviewView";
import TimecardsView from "../../taskpane/views/timecards/TimecardsView";
import { fakeHost, sampleGateway } from "./fakeHost";
import { failingHost, pendingHost, renderPane } from "./renderPane";

const VIEWS = {
  Overview: OverviewView,
  Issues: IssuesView,
  Timecards: TimecardsView,
  Budget: BudgetView,
  Schedule: ScheduleView,
  SOP: SopView,
  Delivery: DeliveryView,
};
const sampleHost = () => fakeHost({ workbook: async () => ({ gateway: sampleGateway() }) }).host;

describe.each(Object.entries(VIEWS))("%s", (_, View) => {
  test("shows progress while the workbook is read", () => {
    renderPane(pendingHost(fakeHost().host), <View />);
    expect(screen.getByRole("progressbar")).toBeTruthy();
  });

  test("says why when the workbook cannot be read, with a way to try again", async () => {
    renderPane(failingHost(fakeHost().host, "The workbook is password-protected."), <View />);
    expect(await screen.findByText("The workbook is password-protected.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});

test("Overview: the sample's title, Report Date, timecard headline and the actions", async () => {
  renderPane(sampleHost(), <OverviewView />);
  const loaded = await loadWorkbook(sampleGateway());
  const { setup } = loaded.production;
  expect(await screen.findByRole("heading", { level: 2, name: setup.productionTitle })).toBeTruthy();
  expect(screen.getByText(`Report Date ${setup.reportDate}`)).toBeTruthy();
  const gross = timecardsTool(loaded).gross;
  expect(
    within(screen.getByLabelText("Headlines")).getByText(`${setup.currency} ${groupThousands(gross)}`),
  ).toBeTruthy();
  expect(screen.getByRole("button", { name: "Write reports" })).toBeTruthy();
});

test("Overview: Write reports goes through the queue and says what it wrote", async () => {
  const written: string[] = [];
  const sample = sampleGateway();
  const gateway: typeof sample = {
    ...sample,
    writeSheets: async (grids, decide) => {
      const decision = decide({ sheets: grids.map(() => undefined), state: [] });
      written.push(...decision.grids.map((g) => g.name));
      return decision;
    },
  };
  renderPane(fakeHost({ workbook: async () => ({ gateway }) }).host, <OverviewView />);
  fireEvent.click(await screen.findByRole("button", { name: "Write reports" }));
  expect(await screen.findByText(/^Wrote Issues, Timecard Report/, undefined, { timeout: 15_000 })).toBeTruthy();
  expect(written.slice(0, 2)).toEqual(["Issues", "Timecard Report"]);
}, 30_000);

test("Issues: an empty list says the workbook matches the contract", async () => {
  renderPane(sampleHost(), <IssuesView />);
  await screen.findByRole("heading", { level: 2, name: "Issues" });
  const clean = screen.queryByText("No issues: the workbook matches the contract.");
  const listed = screen.queryAllByRole("region", { name: /issues$/ });
  expect(Boolean(clean) !== listed.length > 0).toBe(true);
});

test("Issues: the fake workbook's issues, grouped by table", async () => {
  renderPane(fakeHost().host, <IssuesView />);
  expect(await screen.findByRole("region", { name: "Setup issues" })).toBeTruthy();
});

test("Timecards: none yet says where to fill them in", async () => {
  renderPane(fakeHost().host, <TimecardsView />);
  expect(await screen.findByText(/No timecards yet/)).toBeTruthy();
});

test("Timecards: a person's week, and why a day paid what it did", async () => {
  renderPane(sampleHost(), <TimecardsView />);
  const tool = timecardsTool(await loadWorkbook(sampleGateway()));
  const person = tool.people[0];
  const week = person.weeks[person.weeks.length - 1];
  const table = await screen.findByRole("table", { name: `${person.name}, week of ${week.weekStart}` });
  expect(within(table).getAllByRole("row").at(-1)!.textContent).toContain(week.gross);
  const day = week.days.find((d) => d.payLines.length > 0)!;
  fireEvent.click(within(table).getByRole("button", { name: new RegExp(`^${day.date.slice(5)}`) }));
  const why = screen.getByRole("region", { name: new RegExp(`Why this pay: ${person.name}, ${day.date}`) });
  for (const line of day.payLines) expect(within(why).getByText(line.reason)).toBeTruthy();
  expect(within(why).getByText("Day gross").nextSibling!.textContent).toBe(day.gross);
});

test("Budget: the sample's top sheet and its flagged accounts, worst first", async () => {
  renderPane(sampleHost(), <BudgetView />);
  const v = varianceJson(computeVariance(await loadWorkbook(sampleGateway()), []));
  const top = await screen.findByLabelText("Top sheet", undefined, { timeout: 5000 });
  expect(within(top).getByText("Grand total").nextSibling!.textContent).toBe(groupThousands(v.topSheet.grandTotal));
  expect(screen.getByRole("button", { name: "Publish cost report" })).toBeTruthy();
}, 20_000);

test("Budget: a workbook without a budget shows zeros and no flagged account", async () => {
  renderPane(fakeHost().host, <BudgetView />);
  expect(await screen.findByText("No account is flagged.", undefined, { timeout: 5000 })).toBeTruthy();
});

test("Schedule: days ahead or behind and the estimated finish from the sample", async () => {
  renderPane(sampleHost(), <ScheduleView />);
  const { summary } = scheduleTool(await loadWorkbook(sampleGateway()));
  const figures = await screen.findByLabelText("Schedule figures", undefined, { timeout: 5000 });
  expect(within(figures).getByText("Estimated finish").nextSibling!.textContent).toBe(
    summary.estimatedFinishDate ?? "—",
  );
  expect(screen.getByRole("table", { name: "Day out of days" })).toBeTruthy();
}, 20_000);

test("Schedule, SOP and Delivery: an empty workbook says what to fill in", async () => {
  renderPane(fakeHost().host, <ScheduleView />);
  expect(await screen.findByText("No cast on the schedule yet.", undefined, { timeout: 5000 })).toBeTruthy();
  renderPane(fakeHost().host, <SopView />);
  expect(await screen.findByText(/No SOP steps yet/, undefined, { timeout: 5000 })).toBeTruthy();
  renderPane(fakeHost().host, <DeliveryView />);
  expect(await screen.findByText(/No deliverables yet/, undefined, { timeout: 5000 })).toBeTruthy();
});

test("SOP and Delivery: progress by phase and by category from the sample", async () => {
  const lists = checklistJson(checklists(await loadWorkbook(sampleGateway())));
  renderPane(sampleHost(), <SopView />);
  const phases = await screen.findByRole("group", { name: "Progress by phase" }, { timeout: 5000 });
  const [phase, g] = Object.entries(lists.sop.byPhase)[0];
  expect(
    within(phases).getByText(`${phase}: ${g.percentComplete === null ? "nothing applies" : `${g.percentComplete}%`}`),
  ).toBeTruthy();
  renderPane(sampleHost(), <DeliveryView />);
  const categories = await screen.findByRole("group", { name: "Completion by category" }, { timeout: 5000 });
  expect(within(categories).getAllByRole("progressbar")).toHaveLength(Object.keys(lists.delivery.byCategory).length);
}, 20_000);
