import { decodeData } from "./decode-fit-message.ts";
import { fitCrc16 } from "./fit-crc.ts";
import { type DecoderState, Kind, type LocalDefinition } from "./fit-decoder-state.ts";
import type {
  FitActivity,
  FitDeveloperDataId,
  FitDeveloperFieldDescription,
  FitDeviceInfo,
  FitEvent,
  FitFileId,
  FitLap,
  FitRecord,
  FitSession,
  FitSport,
} from "./fit-messages.ts";
import { findResyncPoint, noteSkippedBytes } from "./fit-resync.ts";
import { stopAt, stopTruncated } from "./fit-stop.ts";
import { readDefinition } from "./read-fit-definition.ts";

export interface FitDecodeIssue {
  code: string;
  message: string;
}

export interface FitDecodeResult {
  fileIds: FitFileId[];
  sessions: FitSession[];
  laps: FitLap[];
  records: FitRecord[];
  events: FitEvent[];
  devices: FitDeviceInfo[];
  sports: FitSport[];
  activities: FitActivity[];
  developerDataIds: FitDeveloperDataId[];
  developerFields: FitDeveloperFieldDescription[];
  /** Number of ".FIT" headers read (chained files have several). */
  fileCount: number;
  /** Where decoding stopped; equals the length for a clean file. */
  bytesDecoded: number;
  issues: FitDecodeIssue[];
}

const FIT_SIGNATURE = [0x2e, 0x46, 0x49, 0x54]; // ".FIT"

export function hasFitSignature(bytes: Uint8Array, at: number): boolean {
  if (at + 12 > bytes.length) return false;
  const headerSize = bytes[at];
  if (headerSize !== 12 && headerSize !== 14) return false;
  for (let i = 0; i < 4; i++) if (bytes[at + 8 + i] !== FIT_SIGNATURE[i]) return false;
  return true;
}

/**
 * Decodes the messages Backstride uses from FIT bytes, keeping everything read before any damage.
 * Never throws: problems come back as issues.
 */
export function decodeFit(bytes: Uint8Array): FitDecodeResult {
  const result: FitDecodeResult = {
    fileIds: [],
    sessions: [],
    laps: [],
    records: [],
    events: [],
    devices: [],
    sports: [],
    activities: [],
    developerDataIds: [],
    developerFields: [],
    fileCount: 0,
    bytesDecoded: 0,
    issues: [],
  };
  const state: DecoderState = {
    bytes,
    view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    result,
    definitions: new Array<LocalDefinition | undefined>(16),
    developerByKey: new Map(),
    lastTimestamp: 0,
    compressedDistanceRaw: 0,
    accumulatedDistanceMeters: 0,
    sawCompressedTimestamps: false,
    skippedDamagedBytes: 0,
    damagedPlaces: 0,
    firstDamageAt: 0,
  };

  let fileStart = 0;
  while (hasFitSignature(bytes, fileStart)) {
    const headerSize = bytes[fileStart] as number;
    const dataSize = state.view.getUint32(fileStart + 4, true);
    const dataStart = fileStart + headerSize;
    let dataEnd = dataStart + dataSize;
    result.fileCount++;
    state.definitions.fill(undefined);

    const declaredEnd = dataEnd + 2;
    if (dataSize === 0 || dataEnd > bytes.length) {
      result.issues.push({
        code: "fit-truncated",
        message:
          dataSize === 0
            ? "The file was not finished by the device (no data size); read what is there."
            : `The file ends early (${bytes.length} of ${declaredEnd} bytes); kept what was recorded before the end.`,
      });
      dataEnd = bytes.length;
    }
    const stoppedAt = decodeMessages(state, dataStart, dataEnd);
    result.bytesDecoded = stoppedAt;
    if (stoppedAt < dataEnd) return result;
    if (declaredEnd > bytes.length) return result;

    const storedCrc = state.view.getUint16(dataEnd, true);
    if (storedCrc !== fitCrc16(bytes, fileStart, dataEnd)) {
      result.issues.push({
        code: "fit-crc-mismatch",
        message: "The file's checksum does not match: it may be damaged; the values read look plausible and were kept.",
      });
    }
    result.bytesDecoded = declaredEnd;
    fileStart = declaredEnd;
  }
  if (result.fileCount === 0) {
    result.issues.push({ code: "fit-no-header", message: "This is not a FIT file (no FIT header)." });
  } else if (fileStart < bytes.length) {
    result.issues.push({
      code: "fit-trailing-bytes",
      message: `Ignored ${bytes.length - fileStart} bytes after the end of the FIT data.`,
    });
  }
  return result;
}

/** Returns the offset where decoding stopped (dataEnd when every message was read). */
function decodeMessages(state: DecoderState, dataStart: number, dataEnd: number): number {
  const { bytes, view } = state;
  let p = dataStart;
  let recordEndedAt = -1;
  while (p < dataEnd) {
    const header = bytes[p] as number;
    if ((header & 0x80) !== 0) {
      state.sawCompressedTimestamps = true;
      const definition = state.definitions[(header >> 5) & 0x03];
      if (!definition) return stopAt(state, p, "fit-undefined-message", "a message refers to an undefined layout");
      if (p + 1 + definition.sizeBytes > dataEnd) return stopTruncated(state, p);
      const offset = header & 0x1f;
      const last = state.lastTimestamp;
      state.lastTimestamp = last + ((offset - (last & 0x1f)) & 0x1f);
      decodeData(state, definition, p + 1, state.lastTimestamp);
      p += 1 + definition.sizeBytes;
      if (definition.kind === Kind.Record) recordEndedAt = p;
    } else if ((header & 0x40) !== 0) {
      const end = readDefinition(state, p, dataEnd);
      if (end < 0) return end === -1 ? stopTruncated(state, p) : p;
      p = end;
    } else {
      const definition = state.definitions[header & 0x0f];
      if (!definition) {
        const resumeAt = findResyncPoint(state, p + 1, dataEnd);
        if (resumeAt < 0) return stopAt(state, p, "fit-undefined-message", "a message refers to an undefined layout");
        // The message just before the damage ran into it, so its values are garbage: drop it.
        if (recordEndedAt === p) state.result.records.pop();
        noteSkippedBytes(state, p, resumeAt);
        p = resumeAt;
        continue;
      }
      if (p + 1 + definition.sizeBytes > dataEnd) return stopTruncated(state, p);
      if (definition.timestampOffset >= 0) {
        const ts = view.getUint32(p + 1 + definition.timestampOffset, definition.littleEndian);
        if (ts !== 0xffffffff) state.lastTimestamp = ts;
      }
      if (definition.kind !== Kind.Skip) decodeData(state, definition, p + 1, -1);
      p += 1 + definition.sizeBytes;
      if (definition.kind === Kind.Record) recordEndedAt = p;
    }
  }
  return p;
}
