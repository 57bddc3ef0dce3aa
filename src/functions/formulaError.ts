/**
 * A formula argument or a day that cannot be computed. The adapters throw it with a message a line
 * producer can act on; functions.ts shows it as #VALUE! with that message. It knows nothing of the
 * custom functions runtime, so the adapters are tested without Excel.
 */
export class FormulaError extends Error {
  override readonly name = "FormulaError";
}
