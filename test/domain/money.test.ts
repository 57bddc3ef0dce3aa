import { add, div, formatCents, formatRatio, groupThousands, mul, ratio, toCents } from "../../src/domain/money";

test("a number is read as the decimal it shows", () => {
  expect(ratio(0.1)).toEqual({ num: BigInt(1), den: BigInt(10) });
  expect(toCents(add(ratio(0.1), ratio(0.2)))).toBe(30);
});

test("products are exact and round half-up to the cent only at the end", () => {
  expect(toCents(mul(ratio(2.5), ratio(3), ratio("1250.505")))).toBe(937879); // 9378.7875 → 9378.79
  expect(toCents(ratio("0.005"))).toBe(1);
  expect(toCents(ratio("-0.005"))).toBe(-1);
  expect(toCents(ratio("0.0049"))).toBe(0);
});

test("a derived rate times its pay-hours gives the rate back exactly", () => {
  const base = div(ratio(600), ratio(11));
  expect(formatRatio(base, 4)).toBe("54.5455");
  expect(toCents(mul(base, ratio(11)))).toBe(60000);
});

test("cents format with two decimals", () => {
  expect(formatCents(159250)).toBe("1592.50");
  expect(formatCents(-5)).toBe("-0.05");
  expect(formatCents(0)).toBe("0.00");
});

test("bad decimals are refused", () => {
  expect(() => ratio("1,0")).toThrow(RangeError);
  expect(() => ratio(Number.NaN)).toThrow(RangeError);
  expect(() => div(ratio(1), ratio(0))).toThrow(RangeError);
});

test("groupThousands groups the whole part of an amount and leaves the cents and the sign", () => {
  expect(groupThousands("3027074.49")).toBe("3,027,074.49");
  expect(groupThousands("-8630.56")).toBe("-8,630.56");
  expect(groupThousands("999.99")).toBe("999.99");
  expect(groupThousands("0.00")).toBe("0.00");
  expect(groupThousands("1000000")).toBe("1,000,000");
});
