/** PROD.PAGES and PROD.EIGHTHS: eighths text to pages and back, with the Schedule table's parser. */
import { FormulaError } from "../../src/functions/formulaError";
import { eighthsOf, pagesOf } from "../../src/functions/pages";

describe("PROD.PAGES", () => {
  test.each([
    ["1 3/8", 1.375],
    ["3/8", 0.375],
    ["2", 2],
    [2, 2],
    [1.375, 1.375],
    ["11/8", 1.375],
  ])("%p → %p", (value, pages) => expect(pagesOf(value)).toBe(pages));

  test("an empty cell is no pages, so a column of them adds up", () => {
    for (const blank of [null, undefined, ""]) expect(pagesOf(blank)).toBe(0);
  });
});

describe("PROD.EIGHTHS", () => {
  test.each([
    [1.375, "1 3/8"],
    [0.375, "3/8"],
    [2, "2"],
    [0, "0"],
    ["11/8", "1 3/8"],
    [null, "0"],
  ])("%p → %p", (value, text) => expect(eighthsOf(value)).toBe(text));

  test("round-trips every eighth up to ten pages", () => {
    for (let e = 0; e <= 80; e++) expect(pagesOf(eighthsOf(e / 8))).toBe(e / 8);
  });
});

describe("not pages: an error with a message", () => {
  test.each([
    [1.3, '"1.3"'],
    [-1, '"-1"'],
    ["a page", '"a page"'],
    ["1 3/0", '"1 3/0"'],
  ])("%p", (value, shown) => {
    for (const f of [pagesOf, eighthsOf]) {
      expect(() => f(value)).toThrow(FormulaError);
      expect(() => f(value)).toThrow(`Value must be pages in eighths such as 1 3/8, not ${shown}.`);
    }
  });
});
