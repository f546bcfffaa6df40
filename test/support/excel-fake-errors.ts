/**
 * Errors shaped like Office.js's (OfficeExtension.Error: name "RichApi.Error", a code, debugInfo),
 * with the messages office.js itself uses where it defines them (its CoreUtility resource strings).
 */

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ApiNotFound"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "AccessDenied"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded";

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function propertyNotLoaded(entity: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on ` +
      `the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export function apiNotFound(api: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The method or property ${api} is part of the ExcelApi ${version} requirement set, which is not available in ` +
      `your version of Excel.`,
    api,
  );
}

export function invalidArgument(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location,
  );
}

export function itemNotFound(location: string, what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`, location);
}

export function itemAlreadyExists(location: string, what: string): FakeOfficeError {
  return new FakeOfficeError("ItemAlreadyExists", `The resource already exists. (${what})`, location);
}

export function invalidOperation(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidOperation",
    `The operation is invalid for the object's current state. (${detail})`,
    location,
  );
}

/** What Excel answers when an edit meets a protected sheet or a protected workbook structure. */
export function accessDenied(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", `You cannot perform the requested operation. (${detail})`, location);
}

/** A failure a test injects: Excel gave up on an operation for a reason of its own (busy, lost connection). */
export function generalException(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError(
    "GeneralException",
    `There was an internal error while processing the request. (${detail})`,
    location,
  );
}

/** Excel on the web refuses a whole request over its size limit, before running any of it. */
export function payloadTooLarge(bytes: number, limit: number): FakeOfficeError {
  return new FakeOfficeError(
    "RequestPayloadSizeLimitExceeded",
    `The request payload size has exceeded the limit. (${bytes} bytes; the limit is ${limit})`,
  );
}
