/**
 * functions.json as custom-functions-metadata-plugin writes it, from functions.ts's JSDoc (the same
 * generator the plugin runs): the PROD functions, their parameters and result shapes, and one
 * exported implementation behind each id (the plugin appends the CustomFunctions.associate calls).
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "node:path";
import * as implementations from "../../src/functions/functions";

interface Parameter {
  readonly name: string;
  readonly description?: string;
  readonly type: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
}
interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly options?: object;
  readonly parameters: readonly Parameter[];
  readonly result: { readonly type: string; readonly dimensionality?: string };
}

const SOURCE = join(__dirname, "..", "..", "src", "functions", "functions.ts");
const DAY_REQUIRED = ["ruleSet", "rate", "basis", "guaranteedHours", "call", "wrap"];
const DAY_OPTIONAL = ["meal1Out", "meal1In", "meal2Out", "meal2In", "date", "timeZone"];

let functions: FunctionMetadata[];
let associate: { functionName: string; id: string }[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE);
  expect(generated.errors).toEqual([]);
  functions = JSON.parse(generated.metadataJson).functions;
  associate = generated.associate;
}, 30_000);

const fn = (id: string) => functions.find((f) => f.id === id)!;

describe("functions.json", () => {
  test("declares the PROD functions, ids and names in capitals, each described", () => {
    expect(functions.map((f) => f.id)).toEqual(["DAYPAY", "HOURS", "MEALPENALTIES", "PAGES", "EIGHTHS"]);
    for (const f of functions) {
      expect(f.name).toBe(f.id);
      expect(f.description!.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect(p.description!.length).toBeGreaterThan(5);
      // Plain synchronous functions: no streaming, volatile or cancelable options.
      expect(f.options).toBeUndefined();
    }
  });

  test.each(["DAYPAY", "HOURS", "MEALPENALTIES"])("%s takes the day arguments, meals, date and zone optional", (id) => {
    const parameters = fn(id).parameters;
    expect(parameters.map((p) => p.name)).toEqual([...DAY_REQUIRED, ...DAY_OPTIONAL]);
    expect(parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(DAY_OPTIONAL);
    // "any": a time is a number or a text, and the adapter words the error when it is neither.
    for (const p of parameters) expect([p.type, p.dimensionality]).toEqual(["any", undefined]);
  });

  test("DAYPAY and PAGES return a number, EIGHTHS a text; HOURS and MEALPENALTIES spill a matrix of numbers", () => {
    expect(fn("DAYPAY").result).toEqual({ type: "number" });
    expect(fn("PAGES").result).toEqual({ type: "number" });
    expect(fn("EIGHTHS").result).toEqual({ type: "string" });
    expect(fn("HOURS").result).toEqual({ type: "number", dimensionality: "matrix" });
    expect(fn("MEALPENALTIES").result).toEqual({ type: "number", dimensionality: "matrix" });
    expect(fn("PAGES").parameters.map((p) => [p.name, p.type, p.optional])).toEqual([["value", "any", undefined]]);
  });

  test("each id is associated with an exported function of functions.ts", () => {
    expect(associate.map((a) => a.id)).toEqual(functions.map((f) => f.id));
    const exported: Record<string, unknown> = implementations;
    for (const { functionName } of associate) expect(typeof exported[functionName]).toBe("function");
  });
});
