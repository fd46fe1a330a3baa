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

/**
 * Local name of the first element, skipping a BOM, the declaration, comments and a DOCTYPE.
 * A linear scan on purpose: a regular expression with nested lazy repeats backtracks exponentially on
 * a run of processing instructions, which anyone can upload.
 */
export function xmlRootName(bytes: Uint8Array): string | null {
  const head = latin1.decode(bytes.subarray(0, ROOT_SEARCH_BYTES));
  let at = head.startsWith("\u00EF\u00BB\u00BF") ? 3 : head.startsWith("\uFEFF") ? 1 : 0;
  while (at < head.length) {
    while (at < head.length && /\s/.test(head[at] as string)) at++;
    if (head[at] !== "<") return null;
    if (head.startsWith("<?", at)) at = endOf(head, "?>", at);
    else if (head.startsWith("<!--", at)) at = endOf(head, "-->", at);
    else if (head.startsWith("<!DOCTYPE", at)) at = endOfDoctype(head, at);
    else return /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head.slice(at, at + 256))?.[1] ?? null;
    if (at < 0) return null;
  }
  return null;
}

function endOf(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end < 0 ? -1 : end + terminator.length;
}

/** A DOCTYPE ends at the first ">" outside its internal subset ("[ ... ]"). */
function endOfDoctype(text: string, from: number): number {
  let inSubset = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "[") inSubset = true;
    else if (c === "]") inSubset = false;
    else if (c === ">" && !inSubset) return i + 1;
  }
  return -1;
}
