/**
 * Sample data as plain cell values, keyed by the contract's header names (tables.ts / settings.ts).
 *
 * Conventions for whoever writes them into a workbook: dates are ISO text ("2026-03-02"), times are
 * "HH:MM" 24-hour text, pages are eighths text ("1 3/8"), money and numbers are JS numbers, yes/no are
 * booleans, lists are "1, 2, 5" text. A column absent from a row is a blank cell. Computed columns
 * (Subtotal, EFC, Variance) are never present: the writer puts the template's formulas there.
 */
export type SampleCell = string | number | boolean | null;
export type SampleRow = Readonly<Record<string, SampleCell>>;
