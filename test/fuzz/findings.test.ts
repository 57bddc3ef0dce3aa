/** What `npm run fuzz` found, each kept as the smallest workbook that shows it. */
import { checklists } from "../../src/app/checklists";
import { loadProduction } from "../../src/domain/validation/load";
import { RawBook } from "../support/rawBook";
import { SAMPLE_TABLES } from "./properties";

test("an SOP step offset two million years before its milestone is an issue at its cell, not a crash", () => {
  const book = new RawBook(SAMPLE_TABLES);
  const cell = book.set("SOP", "Offset Days", 1, -719_504_004);
  const loaded = loadProduction(book.tables, { today: "2026-03-20" });
  const result = checklists(loaded);
  expect(result.issues.map((i) => i.cell)).toContain(cell);
});
