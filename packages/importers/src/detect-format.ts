import { hasFitSignature } from "./fit/decode-fit.ts";

export type DetectedFormat = "fit" | "gzip" | "zip" | "gpx" | "tcx" | "unknown";

/** How far into a text file the root element is looked for (past the XML declaration and comments). */
const ROOT_SEARCH_BYTES = 4096;

/** Decides the format from the bytes; the file name is only a hint the callers use in messages. */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (hasFitSignature(bytes, 0)) return "fit";
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return "gzip";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && bytes[3] === bytes[2] + 1) {
    return "zip";
  }
  const root = xmlRootName(bytes);
  if (root === "gpx") return "gpx";
  if (root === "TrainingCenterDatabase") return "tcx";
  return "unknown";
}

const latin1 = new TextDecoder("latin1");

/** Local name of the first element, skipping a BOM, the declaration, comments and a DOCTYPE. */
export function xmlRootName(bytes: Uint8Array): string | null {
  const head = latin1.decode(bytes.subarray(0, ROOT_SEARCH_BYTES));
  const match =
    /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(
      head,
    );
  return match?.[2] ?? null;
}
