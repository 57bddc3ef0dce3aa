/** Deep equality of big grids of plain values without jest's slow diff: the first row that differs (-1: the lengths). */
export function firstDifference(
  actual: readonly (readonly unknown[])[] | undefined,
  expected: readonly (readonly unknown[])[],
): number | undefined {
  if (!actual || actual.length !== expected.length) return -1;
  const i = actual.findIndex(
    (row, r) => row.length !== expected[r].length || row.some((v, c) => !same(v, expected[r][c])),
  );
  return i < 0 ? undefined : i;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b));
}
