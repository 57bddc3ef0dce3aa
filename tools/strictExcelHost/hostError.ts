/**
 * Errors shaped like OfficeExtension.Error: name "RichApi.Error", a `code`, a `message` and `debugInfo`.
 * The adapter may only rely on what real Excel gives it, so nothing else is attached.
 */

export type HostErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "PropertyNotLoaded"
  | "ApiNotFound"
  | "GeneralException";

export class HostError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: HostErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

/** `throw` as an expression, for `lookup() ?? throwIt(itemNotFound(...))`. */
export function throwIt(error: Error): never {
  throw error;
}

export const itemNotFound = (where: string) =>
  new HostError("ItemNotFound", "The requested resource doesn't exist.", where);
export const invalidArgument = (where: string, why: string) =>
  new HostError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${why})`, where);
export const propertyNotLoaded = (where: string) =>
  new HostError(
    "PropertyNotLoaded",
    'The property has not been loaded. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
    where,
  );
