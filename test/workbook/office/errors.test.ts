import { officeError, OfficeWorkbookError } from "../../../src/workbook/office/errors";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { parseCellAddress } from "../../../src/workbook/office/selectCell";
import { createExcelHost, officeHostOf } from "../../../tools/strictExcelHost";
import { HostError } from "../../../tools/strictExcelHost/hostError";
import { sampleSeed } from "../../../tools/strictExcelHost/samples";

describe("Excel errors as messages for a person", () => {
  it.each([
    [
      "ItemNotFound",
      "not-found",
      "Prodbook could not read the workbook: a sheet or table it needs was renamed or deleted while it worked. Try again.",
    ],
    [
      "InvalidOperationInCellEditMode",
      "cell-edit-mode",
      "Prodbook could not read the workbook while a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.",
    ],
    [
      "RequestPayloadSizeLimitExceeded",
      "too-large",
      "Prodbook could not read the workbook: Excel refused the data as too large, even in small parts. Make very long cells shorter and try again.",
    ],
    ["ResponsePayloadSizeLimitExceeded", "too-large", expect.stringContaining("too large")],
    [
      "ApiNotAvailable",
      "api-not-available",
      "Prodbook could not read the workbook: this version of Excel is too old for it. Use Excel for Microsoft 365, Excel 2019 or later, or Excel on the web.",
    ],
    ["ApiNotFound", "api-not-available", expect.stringContaining("too old")],
    [
      "ActivityLimitReached",
      "busy",
      "Prodbook could not read the workbook: Excel is busy. Wait a moment and try again.",
    ],
    [
      "GeneralException",
      "general",
      "Prodbook could not read the workbook: Excel reported a problem (boom). Try again; if it keeps happening, save, close and reopen the workbook.",
    ],
  ])("%s", (code, kind, message) => {
    const cause = new HostError(code as never, "boom");
    const error = officeError(cause, "read the workbook");
    expect(error).toBeInstanceOf(OfficeWorkbookError);
    expect(error).toMatchObject({ kind, code, message, cause });
  });

  it("keeps an error that is already typed", () => {
    const typed = new OfficeWorkbookError("busy", "x");
    expect(officeError(typed, "anything")).toBe(typed);
  });

  it("turns anything else into a general error", () => {
    expect(officeError(new TypeError("x is undefined"), "write the reports")).toMatchObject({
      kind: "general",
      code: undefined,
    });
  });
});

describe("OfficeWorkbook.selectCell", () => {
  it("reads the addresses issues carry", () => {
    expect(parseCellAddress("'Crew List'!G7")).toEqual({ sheet: "Crew List", cell: "G7" });
    expect(parseCellAddress("'Bob''s Sheet'!$A$1")).toEqual({ sheet: "Bob's Sheet", cell: "$A$1" });
    expect(parseCellAddress("Budget!B2:C3")).toEqual({ sheet: "Budget", cell: "B2:C3" });
    expect(parseCellAddress("G7")).toBeUndefined();
  });

  it("activates the sheet and selects the cell in one round trip", async () => {
    const host = createExcelHost(sampleSeed());
    await new OfficeWorkbook(officeHostOf(host)).selectCell("'Crew List'!B3");
    expect(host.activeSheet?.name).toBe("Crew List");
    expect(host.selection).toBe("'Crew List'!B3");
    expect(host.stats.batches).toHaveLength(1);
  });

  it("says so when the sheet is gone", async () => {
    const host = createExcelHost(sampleSeed());
    await expect(new OfficeWorkbook(officeHostOf(host)).selectCell("'Old Crew'!B3")).rejects.toMatchObject({
      kind: "not-found",
      code: "ItemNotFound",
      message: "Prodbook could not go to 'Old Crew'!B3: the sheet 'Old Crew' is no longer in the workbook.",
    });
  });
});
