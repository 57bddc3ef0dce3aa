/** The SOP Status and Delivery Status sheets of the sample: grouped, highlighted, with a legend, printable. */
import { loadWorkbook } from "../../src/app/loadWorkbook";
import { buildReports } from "../../src/app/reports";
import { DELIVERY_STATUS_REPORT } from "../../src/domain/reports/deliveryStatusReport";
import type { SheetGrid } from "../../src/domain/reports/grid";
import { SOP_STATUS_REPORT } from "../../src/domain/reports/sopStatusReport";
import { sampleProduction } from "../../src/samples";
import { rawTables } from "../../src/samples/rawTables";
import { MemoryGateway } from "../support/memoryGateway";

let grids: SheetGrid[];
beforeAll(async () => {
  const loaded = await loadWorkbook(new MemoryGateway([...rawTables(sampleProduction()).values()]), {
    today: "2026-03-20",
  });
  grids = buildReports(loaded).grids;
});

const grid = (name: string) => grids.find((g) => g.name === name)!;
/** Rows whose first cell is `first`, with their style. */
const rowsOf = (g: SheetGrid, first: string) =>
  g.rows.flatMap((r, i) => (r[0] === first ? [{ row: r, style: g.rowStyles?.[i] }] : []));
const headerRows = (g: SheetGrid) => g.rows.flatMap((_, i) => (g.rowStyles?.[i] === "header" ? [i] : []));

describe("SOP Status", () => {
  test("overdue then blocked steps first, each highlighted; its header row repeated on every printed page", () => {
    const g = grid(SOP_STATUS_REPORT);
    const [first] = headerRows(g);
    expect(g.rows[first].slice(0, 6)).toEqual(["Step ID", "Step", "Phase", "Owner", "Due", "State"]);
    expect(g.rows[first + 1]).toEqual(expect.arrayContaining(["DEV-04", "Overdue"]));
    expect(g.rowStyles?.[first + 1]).toBe("error");
    expect(g.rows[first + 5]).toEqual(expect.arrayContaining(["Blocked"]));
    expect(g.rowStyles?.[first + 5]).toBe("warning");
    expect(g.pageSetup).toEqual({ orientation: "landscape", fitToWidth: true, printTitleRows: [first + 1, first + 1] });
  });

  test("every step grouped by phase under a group row with the phase's completion", () => {
    const g = grid(SOP_STATUS_REPORT);
    const prep = rowsOf(g, "Prep").find((r) => r.style === "subtotal")!;
    expect(prep.row[1]).toBe("20 of 23 done (87.0%)");
    expect(rowsOf(g, "PRE-10").map((r) => r.style)).toEqual(["error", "error"]);
    expect(rowsOf(g, "SHOW-01")).toHaveLength(1);
  });

  test("completion by phase and by owner with totals, and a legend of the highlights", () => {
    const g = grid(SOP_STATUS_REPORT);
    expect(rowsOf(g, "All steps")).toHaveLength(2);
    expect(rowsOf(g, "Production Accountant")).toHaveLength(1);
    const legend = rowsOf(g, "Overdue")[0];
    expect(legend.row[1]).toBe("not done, due before the Report Date");
    expect(g.cellStyles).toContainEqual([g.rows.indexOf(legend.row), 0, "error"]);
  });
});

describe("Delivery Status", () => {
  test("rejected items first in red, the next due, every item by category, the summary, a legend", () => {
    const g = grid(DELIVERY_STATUS_REPORT);
    const [first] = headerRows(g);
    expect(g.rows[first + 1].slice(0, 2)).toEqual(["DEL-29", "Content metadata: title, synopses, credits"]);
    expect(g.rowStyles?.[first + 1]).toBe("error");
    expect(rowsOf(g, "DEL-32").map((r) => r.style)).toEqual(["error", "error", "error"]);
    expect(rowsOf(g, "Legal").find((r) => r.style === "subtotal")?.row[1]).toBe("1 of 8 required complete (12.5%)");
    const all = rowsOf(g, "All items")[0];
    expect(all.style).toBe("total");
    expect(all.row.slice(1, 4)).toEqual([40, 3, 0.075]);
    expect(rowsOf(g, "Rejected")[0].row[1]).toBe("rejected: needs redelivery");
    expect(g.pageSetup?.orientation).toBe("landscape");
    expect(g.rows[1][0]).toMatch(/Delivery Due 2026-09-11: 37 required items still open/);
  });
});
