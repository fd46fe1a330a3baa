import { ImportError } from "../import-error.ts";
import type { ImportLimits } from "../import-limits.ts";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is reported per entry. */
  method: number;
  compressedSize: number;
  /** As declared by the archive; never trusted alone, the inflater enforces it. */
  declaredSize: number;
  /** Offset of the compressed data. */
  dataOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/**
 * Lists a zip's entries from its central directory (or, when that is missing because the archive was
 * cut short, by walking the local headers). Checks the entry count and the declared total size before
 * anything is unpacked.
 */
export function listZipEntries(bytes: Uint8Array, limits: ImportLimits, fileName: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const entries =
    eocd >= 0
      ? readCentralDirectory(view, bytes, eocd, limits, fileName)
      : walkLocalHeaders(view, bytes, limits, fileName);
  let declaredTotal = 0;
  for (const entry of entries) declaredTotal += entry.declaredSize;
  if (declaredTotal > limits.maxArchiveBytes) {
    throw new ImportError(
      "archive-limits",
      `${fileName} declares ${declaredTotal} bytes of content, over the ${limits.maxArchiveBytes}-byte limit: refused.`,
    );
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN_BYTES - MAX_COMMENT_BYTES);
  for (let at = view.byteLength - EOCD_MIN_BYTES; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function checkCount(count: number, limits: ImportLimits, fileName: string): void {
  if (count > limits.maxArchiveEntries) {
    throw new ImportError("archive-limits", `${fileName} has more than ${limits.maxArchiveEntries} entries: refused.`);
  }
}

function readCentralDirectory(
  view: DataView,
  bytes: Uint8Array,
  eocd: number,
  limits: ImportLimits,
  fileName: string,
): ZipEntry[] {
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ImportError(
      "archive-invalid",
      `${fileName} is a ZIP64 archive, which is not supported: re-pack it as a plain zip.`,
    );
  }
  checkCount(count, limits, fileName);
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ImportError("archive-invalid", `${fileName}: the zip directory is damaged.`);
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = (flags & 0x800 ? utf8 : latin1).decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let dataOffset = -1;
    if (localOffset + 30 <= bytes.length && view.getUint32(localOffset, true) === LOCAL_SIGNATURE) {
      dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    }
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      dataOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function walkLocalHeaders(view: DataView, bytes: Uint8Array, limits: ImportLimits, fileName: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && view.getUint32(at, true) === LOCAL_SIGNATURE) {
    const flags = view.getUint16(at + 6, true);
    const compressedSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const name = (flags & 0x800 ? utf8 : latin1).decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const dataOffset = at + 30 + nameLength + extraLength;
    // Sizes that follow the data (flag bit 3) cannot be known without the directory: stop here.
    if (flags & 0x08) break;
    entries.push({
      name,
      method: view.getUint16(at + 8, true),
      compressedSize,
      declaredSize: view.getUint32(at + 22, true),
      dataOffset,
    });
    checkCount(entries.length, limits, fileName);
    at = dataOffset + compressedSize;
  }
  if (entries.length === 0) throw new ImportError("archive-invalid", `${fileName} is not a readable zip archive.`);
  return entries;
}
