/** Why a file could not be read at all; the server and CLI turn the code into plain words. */
export type ImportErrorCode =
  | "empty-file"
  | "unrecognised-format"
  | "no-activity-data"
  | "xml-entities"
  | "xml-invalid"
  | "too-large"
  | "archive-invalid"
  | "archive-limits"
  | "decoder-failure";

/**
 * The only exception `importActivity` lets escape: thrown when nothing at all could be read.
 * Partial files return their activities with issues instead.
 */
export class ImportError extends Error {
  override readonly name = "ImportError";
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
