/**
 * How the adapter reaches Excel: `Excel.run` and the requirement-set probe, injected so that tests run
 * the same code against the strict test host. The only file that names the `Excel` and `Office` globals.
 */

export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run on an earlier run's context: how an event handler added there is removed. */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

export function excelHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** ExcelApi 1.7: tables, change events and getRangeByIndexes. */
export const REQUIRED_API = "1.7";
/** runtime.enableEvents; below it the adapter mutes its own listeners instead. */
export const EVENTS_TOGGLE_API = "1.8";
/** Range.dataValidation: Insert template's drop-downs; below it the tables come without them. */
export const DATA_VALIDATION_API = "1.8";
/** Worksheet.pageLayout: orientation, fit to pages, print titles. */
export const PAGE_LAYOUT_API = "1.9";
