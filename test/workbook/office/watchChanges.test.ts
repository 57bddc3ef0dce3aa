import { OfficeWorkbook, type ChangeNotice } from "../../../src/workbook/office/officeWorkbook";
import { createExcelHost, officeHostOf, type HostOptions } from "../../../tools/strictExcelHost";
import { sampleSeed } from "../../../tools/strictExcelHost/samples";
import { writeGrids } from "../../support/writeGrids";

/** Lets the host deliver its events (promise callbacks). */
const delivered = () =>
  new Promise<void>((resolve) => jest.requireActual<typeof import("timers")>("timers").setImmediate(resolve));

function setup(options: Partial<HostOptions> = {}) {
  const host = createExcelHost(sampleSeed(), options);
  const gateway = new OfficeWorkbook(officeHostOf(host));
  const notices: ChangeNotice[] = [];
  return { host, gateway, notices, onChange: (n: ChangeNotice) => void notices.push(n) };
}

describe("OfficeWorkbook.watchChanges", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("calls back once per burst of edits, after a quiet moment", async () => {
    const { host, gateway, notices, onChange } = setup();
    await gateway.watchChanges(onChange, { sheets: ["SOP"], debounceMs: 300 });
    host.userEdit("Budget", "C3", [["Lens kit"]]);
    host.userEdit("Budget", "C4", [["Dolly"]], "Remote");
    await delivered();
    jest.advanceTimersByTime(299);
    expect(notices).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(notices).toEqual([{ remote: false }]);
  });

  it("tells a burst of co-authors' edits apart: revalidate, never write", async () => {
    const { host, gateway, notices, onChange } = setup();
    await gateway.watchChanges(onChange, { sheets: ["SOP"], debounceMs: 300 });
    host.userEdit("SOP", "D4", [["Done"]], "Remote");
    host.userEdit("Crew List", "B2", [["Ana Diaz"]], "Remote");
    await delivered();
    jest.advanceTimersByTime(300);
    expect(notices).toEqual([{ remote: true }]);
  });

  it("ignores edits outside the tables and the watched sheets", async () => {
    const { host, gateway, notices, onChange } = setup();
    await gateway.watchChanges(onChange, { debounceMs: 300 });
    host.userEdit("SOP", "D4", [["Done"]]);
    await delivered();
    jest.advanceTimersByTime(1000);
    expect(notices).toEqual([]);
  });

  it("drops the events of Prodbook's own writes, where Excel cannot turn them off (ExcelApi 1.7)", async () => {
    const { host, gateway, notices, onChange } = setup({ apiVersion: "1.7" });
    const report = { name: "SOP", columns: [{ width: 20 }], rows: [["Status"]] };
    await gateway.watchChanges(onChange, { sheets: ["SOP"], debounceMs: 300 });
    await writeGrids(gateway, report);
    await gateway.writeState([{ kind: "schema", key: "version", value: "1" }]);
    await delivered();
    jest.advanceTimersByTime(1000);
    expect(notices).toEqual([]);
    host.userEdit("SOP", "A2", [["Payroll"]]);
    await delivered();
    jest.advanceTimersByTime(300);
    expect(notices).toEqual([{ remote: false }]);
  });

  it("stops listening", async () => {
    const { host, gateway, notices, onChange } = setup();
    const watch = await gateway.watchChanges(onChange, { debounceMs: 300 });
    await watch.stop();
    expect(host.handlers).toEqual([]);
    host.userEdit("Budget", "C3", [["Lens kit"]]);
    await delivered();
    jest.advanceTimersByTime(1000);
    expect(notices).toEqual([]);
  });
});
