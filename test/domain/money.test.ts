import fc from "fast-check";
import {
  add,
  compare,
  div,
  formatCents,
  formatRatio,
  groupThousands,
  mul,
  negate,
  ratio,
  toCents,
} from "../../src/domain/money";

test("a number is read as the decimal it shows", () => {
  const tenth = ratio(0.1);
  expect([tenth.num, tenth.den]).toEqual([BigInt(1), BigInt(10)]);
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

/** The same arithmetic as plain BigInt fractions: the reference the number fast path must agree with. */
const big = (text: string) => {
  const r = ratio(text);
  return [r.num, r.den] as const;
};
const bigCents = ([n, d]: readonly [bigint, bigint]) => {
  const neg = n < BigInt(0);
  const q = ((neg ? -n : n) * BigInt(200) + d) / (d * BigInt(2));
  return Number(neg ? -q : q);
};

describe("amounts small and huge agree with plain BigInt fractions", () => {
  const decimal = fc
    .tuple(
      fc.bigInt({ min: BigInt(-1) * BigInt(10) ** BigInt(20), max: BigInt(10) ** BigInt(20) }),
      fc.integer({ min: 0, max: 8 }),
    )
    .map(([digits, scale]) => {
      const s = (digits < BigInt(0) ? -digits : digits).toString().padStart(scale + 1, "0");
      return `${digits < BigInt(0) ? "-" : ""}${scale ? `${s.slice(0, -scale)}.${s.slice(-scale)}` : s}`;
    });
  const small = fc
    .tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 4 }))
    .map(([n, scale]) => (n / 10 ** scale).toFixed(scale));
  const amount = fc.oneof(decimal, small);

  test("products, sums and quotients round to the same cents", () => {
    fc.assert(
      fc.property(amount, amount, amount, (a, b, c) => {
        const [an, ad] = big(a);
        const [bn, bd] = big(b);
        const [cn, cd] = big(c);
        const product = mul(ratio(a), ratio(b), ratio(c));
        expect(toCents(product)).toBe(bigCents([an * bn * cn, ad * bd * cd]));
        expect(toCents(add(ratio(a), ratio(b), ratio(c)))).toBe(
          bigCents([an * bd * cd + bn * ad * cd + cn * ad * bd, ad * bd * cd]),
        );
        if (bn !== BigInt(0)) {
          const sign = bn < BigInt(0) ? BigInt(-1) : BigInt(1);
          expect(toCents(div(ratio(a), ratio(b)))).toBe(bigCents([an * bd * sign, ad * bn * sign]));
        }
        const order = Math.sign(Number(an * bd - bn * ad));
        expect(compare(ratio(a), ratio(b))).toBe(order === 0 ? 0 : order);
      }),
      { numRuns: 2000 },
    );
  });

  test("a sum that passes 2^53 goes on exactly, and comes back to numbers when it can", () => {
    const huge = ratio("9007199254740991.99");
    const sum = add(huge, ratio("0.01"), ratio("-9007199254740992"));
    expect(toCents(sum)).toBe(0);
    expect(formatRatio(add(sum, ratio("0.125")), 2)).toBe("0.13");
    expect(formatRatio(negate(ratio("0.125")), 2)).toBe("-0.13");
    expect(formatRatio(ratio("-0.001"), 2)).toBe("0.00");
  });
});
