import { compareText } from "../../src/domain/order";

test("compareText orders by character code, the same in every locale", () => {
  expect(["C-2", "c-1", "C-10", "B-9"].sort(compareText)).toEqual(["B-9", "C-10", "C-2", "c-1"]);
  expect(["2026-03-10", "2026-03-09", "2026-02-28"].sort(compareText)).toEqual([
    "2026-02-28",
    "2026-03-09",
    "2026-03-10",
  ]);
  expect(compareText("A", "A")).toBe(0);
});
