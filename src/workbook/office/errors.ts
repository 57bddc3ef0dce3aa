/**
 * Excel's errors (OfficeExtension.Error, told apart by `code`) as typed errors with a message a producer
 * can act on. The original error stays attached as `cause`.
 */

export type OfficeErrorKind =
  | "not-found"
  | "cell-edit-mode"
  | "too-large"
  | "api-not-available"
  | "busy"
  | "conflict"
  | "report-sheet-holds-table"
  | "state-too-long"
  | "general";

export class OfficeWorkbookError extends Error {
  override readonly name = "OfficeWorkbookError";

  constructor(
    readonly kind: OfficeErrorKind,
    message: string,
    /** Excel's own code, when Excel raised it. */
    readonly code?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The code of an OfficeExtension.Error (or anything shaped like one). */
export function excelCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof error === "object" && typeof code === "string" ? code : undefined;
}

const PAYLOAD_CODES: ReadonlySet<string> = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

export function isPayloadError(error: unknown): boolean {
  return PAYLOAD_CODES.has(excelCode(error) ?? "");
}

/**
 * `doing` completes "Prodbook could not …" ("read the workbook", "write the Cost Report sheet").
 * An error that is already typed passes through unchanged.
 */
export function officeError(error: unknown, doing: string): OfficeWorkbookError {
  if (error instanceof OfficeWorkbookError) return error;
  const code = excelCode(error);
  const options = { cause: error };
  const fail = `Prodbook could not ${doing}`;
  switch (code) {
    case "ItemNotFound":
      return new OfficeWorkbookError(
        "not-found",
        `${fail}: a sheet or table it needs was renamed or deleted while it worked. Try again.`,
        code,
        options,
      );
    case "InvalidOperationInCellEditMode":
      return new OfficeWorkbookError(
        "cell-edit-mode",
        `${fail} while a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.`,
        code,
        options,
      );
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new OfficeWorkbookError(
        "too-large",
        `${fail}: Excel refused the data as too large, even in small parts. Make very long cells shorter and try again.`,
        code,
        options,
      );
    case "ApiNotFound":
    case "ApiNotAvailable":
    case "NotImplemented":
    case "UnsupportedOperation":
      return apiNotAvailable(doing, code, options);
    case "ActivityLimitReached":
    case "RequestAborted":
      return new OfficeWorkbookError("busy", `${fail}: Excel is busy. Wait a moment and try again.`, code, options);
    case "Conflict":
    case "InsertDeleteConflict":
      return new OfficeWorkbookError(
        "conflict",
        `${fail}: someone else changed the same cells at the same time. Try again.`,
        code,
        options,
      );
    default: {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
      return new OfficeWorkbookError(
        "general",
        `${fail}: Excel reported a problem${detail}. Try again; if it keeps happening, save, close and reopen the workbook.`,
        code,
        options,
      );
    }
  }
}

export function apiNotAvailable(doing: string, code?: string, options?: ErrorOptions): OfficeWorkbookError {
  return new OfficeWorkbookError(
    "api-not-available",
    `Prodbook could not ${doing}: this version of Excel is too old for it. Use Excel for Microsoft 365, Excel 2019 or later, or Excel on the web.`,
    code,
    options,
  );
}
