import { BASE_TYPE_SIZE_BYTES, isStringBaseType, readFitNumber, readFitString } from "./fit-base-types.ts";
import { fitCrc16 } from "./fit-crc.ts";
import {
  applyActivityField,
  applyDeviceInfoField,
  applyEventField,
  applyFileIdField,
  applyLapField,
  applyRecordField,
  applySessionField,
  applySportField,
  FIELD_TIMESTAMP,
  type FitActivity,
  type FitDeveloperFieldDescription,
  type FitDeviceInfo,
  type FitEvent,
  type FitFileId,
  type FitLap,
  type FitRecord,
  type FitSession,
  type FitSport,
  MESG_ACTIVITY,
  MESG_DEVICE_INFO,
  MESG_EVENT,
  MESG_FIELD_DESCRIPTION,
  MESG_FILE_ID,
  MESG_LAP,
  MESG_RECORD,
  MESG_SESSION,
  MESG_SPORT,
  newFitRecord,
  USED_FIELDS,
} from "./fit-messages.ts";

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
  developerFields: FitDeveloperFieldDescription[];
  /** Number of ".FIT" headers read (chained files have several). */
  fileCount: number;
  /** Where decoding stopped; equals the length for a clean file. */
  bytesDecoded: number;
  issues: FitDecodeIssue[];
}

/** What to do with a data message; decided once per definition so skipped messages cost one addition. */
enum Kind {
  Skip = 0,
  Record = 1,
  Session = 2,
  Lap = 3,
  Event = 4,
  DeviceInfo = 5,
  FileId = 6,
  Sport = 7,
  Activity = 8,
  FieldDescription = 9,
}

const USED_FIELDS_BY_KIND: Record<Kind, Set<number>> = {
  [Kind.Skip]: new Set(),
  [Kind.Record]: USED_FIELDS.record,
  [Kind.Session]: USED_FIELDS.session,
  [Kind.Lap]: USED_FIELDS.lap,
  [Kind.Event]: USED_FIELDS.event,
  [Kind.DeviceInfo]: USED_FIELDS.deviceInfo,
  [Kind.FileId]: USED_FIELDS.fileId,
  [Kind.Sport]: USED_FIELDS.sport,
  [Kind.Activity]: USED_FIELDS.activity,
  [Kind.FieldDescription]: USED_FIELDS.fieldDescription,
};

const KIND_BY_MESG: Record<number, Kind> = {
  [MESG_RECORD]: Kind.Record,
  [MESG_SESSION]: Kind.Session,
  [MESG_LAP]: Kind.Lap,
  [MESG_EVENT]: Kind.Event,
  [MESG_DEVICE_INFO]: Kind.DeviceInfo,
  [MESG_FILE_ID]: Kind.FileId,
  [MESG_SPORT]: Kind.Sport,
  [MESG_ACTIVITY]: Kind.Activity,
  [MESG_FIELD_DESCRIPTION]: Kind.FieldDescription,
};

interface LocalDefinition {
  kind: Kind;
  littleEndian: boolean;
  /** Bytes of one data message after its header, native and developer fields together. */
  sizeBytes: number;
  /** Offset of the timestamp field inside the message, or -1; kept even for skipped messages. */
  timestampOffset: number;
  fieldNums: number[];
  fieldOffsets: number[];
  fieldSizes: number[];
  fieldBaseTypes: number[];
  /** Developer fields of records whose description was known when the layout was defined (the spec's order). */
  devKeys: string[];
  devOffsets: number[];
  devBaseTypes: number[];
}

const FIT_SIGNATURE = [0x2e, 0x46, 0x49, 0x54]; // ".FIT"
const RECORD_COMPRESSED_SPEED_DISTANCE = 8;

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

interface DecoderState {
  bytes: Uint8Array;
  view: DataView;
  result: FitDecodeResult;
  definitions: (LocalDefinition | undefined)[];
  developerByKey: Map<string, FitDeveloperFieldDescription>;
  lastTimestamp: number;
  /** compressed_speed_distance carries a 12-bit rolling distance that must be accumulated. */
  compressedDistanceRaw: number;
  accumulatedDistanceMeters: number;
  sawCompressedTimestamps: boolean;
  skippedDamagedBytes: number;
  damagedPlaces: number;
  firstDamageAt: number;
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
      if (!definition) return stop(state, p, "fit-undefined-message", "a message refers to an undefined layout");
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
        if (resumeAt < 0) return stop(state, p, "fit-undefined-message", "a message refers to an undefined layout");
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

const RESYNC_RUN_MESSAGES = 8;
const RESYNC_MAX_TIMESTAMP_STEP_SECONDS = 3600;

/**
 * Some recorders drop or insert a byte (the Strava Android sample loses one inside a record), after
 * which every header is misread. Look for the first offset from which several consecutive messages
 * parse with the layouts already defined and with timestamps moving forward, and resume there.
 * Random bytes pass one header check with probability ~3/256, so a run of 8 is not found by chance.
 */
function findResyncPoint(state: DecoderState, from: number, dataEnd: number): number {
  for (let q = from; q < dataEnd; q++) if (isPlausibleRun(state, q, dataEnd)) return q;
  return -1;
}

function isPlausibleRun(state: DecoderState, start: number, dataEnd: number): boolean {
  const { bytes, view } = state;
  let r = start;
  let previousTimestamp = -1;
  for (let k = 0; k < RESYNC_RUN_MESSAGES; k++) {
    if (r === dataEnd) return k > 0;
    const header = bytes[r] as number;
    let definition: LocalDefinition | undefined;
    if ((header & 0x80) !== 0) {
      if (!state.sawCompressedTimestamps) return false;
      definition = state.definitions[(header >> 5) & 0x03];
    } else {
      if ((header & 0x70) !== 0) return false;
      definition = state.definitions[header & 0x0f];
    }
    if (!definition || r + 1 + definition.sizeBytes > dataEnd) return false;
    if ((header & 0x80) === 0 && definition.timestampOffset >= 0) {
      const ts = view.getUint32(r + 1 + definition.timestampOffset, definition.littleEndian);
      if (
        previousTimestamp >= 0 &&
        (ts < previousTimestamp || ts - previousTimestamp > RESYNC_MAX_TIMESTAMP_STEP_SECONDS)
      ) {
        return false;
      }
      previousTimestamp = ts;
    }
    r += 1 + definition.sizeBytes;
  }
  return true;
}

function noteSkippedBytes(state: DecoderState, from: number, to: number): void {
  state.skippedDamagedBytes += to - from;
  state.damagedPlaces++;
  const message = `Skipped ${state.skippedDamagedBytes} damaged bytes in ${state.damagedPlaces} places (first at byte ${state.firstDamageAt}) and read on past them.`;
  const existing = state.result.issues.find((issue) => issue.code === "fit-damaged-bytes-skipped");
  if (existing) {
    existing.message = message;
    return;
  }
  state.firstDamageAt = from;
  state.result.issues.push({
    code: "fit-damaged-bytes-skipped",
    message: `Skipped ${to - from} damaged bytes in 1 place (at byte ${from}) and read on past them.`,
  });
}

function stopTruncated(state: DecoderState, at: number): number {
  return stop(state, at, "fit-truncated", "the file ends in the middle of a message");
}

function stop(state: DecoderState, at: number, code: string, why: string): number {
  if (!state.result.issues.some((issue) => issue.code === code)) {
    state.result.issues.push({
      code,
      message: `The file is damaged at byte ${at} (${why}); kept the ${state.result.records.length} records read before it.`,
    });
  }
  return at;
}

/** Reads a definition message; returns its end, -1 when truncated, -2 when invalid (issue pushed). */
function readDefinition(state: DecoderState, p: number, dataEnd: number): number {
  const { bytes, view } = state;
  const header = bytes[p] as number;
  if (p + 6 > dataEnd) return -1;
  const architecture = bytes[p + 2];
  if (architecture !== 0 && architecture !== 1) {
    stop(state, p, "fit-invalid-definition", "a message layout has an unknown byte order");
    return -2;
  }
  const littleEndian = architecture === 0;
  const globalMesgNum = view.getUint16(p + 3, littleEndian);
  const fieldCount = bytes[p + 5] as number;
  let q = p + 6;
  if (q + fieldCount * 3 > dataEnd) return -1;
  const kind = KIND_BY_MESG[globalMesgNum] ?? Kind.Skip;
  const usedFields = USED_FIELDS_BY_KIND[kind];
  const definition: LocalDefinition = {
    kind,
    littleEndian,
    sizeBytes: 0,
    timestampOffset: -1,
    fieldNums: [],
    fieldOffsets: [],
    fieldSizes: [],
    fieldBaseTypes: [],
    devKeys: [],
    devOffsets: [],
    devBaseTypes: [],
  };
  let size = 0;
  for (let i = 0; i < fieldCount; i++, q += 3) {
    const fieldNum = bytes[q] as number;
    const fieldSize = bytes[q + 1] as number;
    if (fieldNum === FIELD_TIMESTAMP && fieldSize === 4) definition.timestampOffset = size;
    const baseType = (bytes[q + 2] as number) & 0x1f;
    // A field narrower than its type is malformed; dropping it here saves a check per message.
    const readable =
      fieldSize >= (BASE_TYPE_SIZE_BYTES[baseType] ?? 255) || fieldNum === RECORD_COMPRESSED_SPEED_DISTANCE;
    if (usedFields.has(fieldNum) && readable) {
      definition.fieldNums.push(fieldNum);
      definition.fieldOffsets.push(size);
      definition.fieldSizes.push(fieldSize);
      definition.fieldBaseTypes.push(baseType);
    }
    size += fieldSize;
  }
  if ((header & 0x20) !== 0) {
    if (q + 1 > dataEnd) return -1;
    const devCount = bytes[q] as number;
    q++;
    if (q + devCount * 3 > dataEnd) return -1;
    for (let i = 0; i < devCount; i++, q += 3) {
      const devSize = bytes[q + 1] as number;
      if (kind === Kind.Record) {
        const key = `${bytes[q + 2]}:${bytes[q]}`;
        const description = state.developerByKey.get(key);
        if (
          description &&
          !isStringBaseType(description.baseType) &&
          devSize >= (BASE_TYPE_SIZE_BYTES[description.baseType] ?? 255)
        ) {
          definition.devKeys.push(key);
          definition.devOffsets.push(size);
          definition.devBaseTypes.push(description.baseType);
        }
      }
      size += devSize;
    }
  }
  definition.sizeBytes = size;
  state.definitions[header & 0x0f] = definition;
  return q;
}

function decodeData(state: DecoderState, d: LocalDefinition, start: number, compressedTimestamp: number): void {
  const { view, bytes, result } = state;
  switch (d.kind) {
    case Kind.Record: {
      const record = newFitRecord();
      for (let i = 0; i < d.fieldNums.length; i++) {
        const fieldNum = d.fieldNums[i] as number;
        const at = start + (d.fieldOffsets[i] as number);
        if (fieldNum === RECORD_COMPRESSED_SPEED_DISTANCE && d.fieldSizes[i] === 3) {
          readCompressedSpeedDistance(state, record, at);
          continue;
        }
        const v = readFitNumber(view, at, d.fieldBaseTypes[i] as number, d.littleEndian);
        if (!Number.isNaN(v)) applyRecordField(record, fieldNum, v);
      }
      if (compressedTimestamp >= 0) record.timestamp = compressedTimestamp;
      if (d.devKeys.length > 0) readDeveloperValues(state, d, start, record);
      result.records.push(record);
      return;
    }
    case Kind.Session:
      result.sessions.push(decodeGeneric(state, d, start, applySessionField, {}));
      return;
    case Kind.Lap:
      result.laps.push(decodeGeneric(state, d, start, applyLapField, {}));
      return;
    case Kind.Event:
      result.events.push(decodeGeneric(state, d, start, applyEventField, {}));
      return;
    case Kind.DeviceInfo:
      result.devices.push(decodeGeneric(state, d, start, applyDeviceInfoField, {}));
      return;
    case Kind.FileId:
      result.fileIds.push(decodeGeneric(state, d, start, applyFileIdField, {}));
      return;
    case Kind.Activity:
      result.activities.push(decodeGeneric(state, d, start, applyActivityField, {}));
      return;
    case Kind.Sport: {
      const sport: FitSport = decodeGeneric(state, d, start, applySportField, {});
      const nameAt = d.fieldNums.indexOf(3);
      if (nameAt >= 0)
        sport.name = readFitString(bytes, start + (d.fieldOffsets[nameAt] as number), d.fieldSizes[nameAt] as number);
      result.sports.push(sport);
      return;
    }
    case Kind.FieldDescription:
      readFieldDescription(state, d, start);
      return;
    default:
      return;
  }
}

function decodeGeneric<T>(
  state: DecoderState,
  d: LocalDefinition,
  start: number,
  apply: (target: T, fieldNum: number, v: number) => void,
  target: T,
): T {
  for (let i = 0; i < d.fieldNums.length; i++) {
    const baseType = d.fieldBaseTypes[i] as number;
    if (isStringBaseType(baseType)) continue;
    if ((d.fieldSizes[i] as number) < (BASE_TYPE_SIZE_BYTES[baseType] ?? 255)) continue;
    const v = readFitNumber(state.view, start + (d.fieldOffsets[i] as number), baseType, d.littleEndian);
    if (!Number.isNaN(v)) apply(target, d.fieldNums[i] as number, v);
  }
  return target;
}

function readCompressedSpeedDistance(state: DecoderState, record: FitRecord, at: number): void {
  const b0 = state.bytes[at] as number;
  const b1 = state.bytes[at + 1] as number;
  const b2 = state.bytes[at + 2] as number;
  record.speedMps = (b0 | ((b1 & 0x0f) << 8)) / 100;
  const raw = (b1 >> 4) | (b2 << 4);
  state.accumulatedDistanceMeters += ((raw - state.compressedDistanceRaw) & 0xfff) / 16;
  state.compressedDistanceRaw = raw;
  record.distanceMeters = state.accumulatedDistanceMeters;
}

function readDeveloperValues(state: DecoderState, d: LocalDefinition, start: number, record: FitRecord): void {
  let values: Record<string, number> | undefined;
  for (let i = 0; i < d.devKeys.length; i++) {
    const v = readFitNumber(
      state.view,
      start + (d.devOffsets[i] as number),
      d.devBaseTypes[i] as number,
      d.littleEndian,
    );
    if (Number.isNaN(v)) continue;
    values ??= {};
    values[d.devKeys[i] as string] = v;
  }
  record.developer = values;
}

function readFieldDescription(state: DecoderState, d: LocalDefinition, start: number): void {
  const description: FitDeveloperFieldDescription = {
    developerDataIndex: -1,
    fieldNumber: -1,
    baseType: 0xff,
    name: "",
    units: "",
  };
  for (let i = 0; i < d.fieldNums.length; i++) {
    const at = start + (d.fieldOffsets[i] as number);
    const size = d.fieldSizes[i] as number;
    const baseType = d.fieldBaseTypes[i] as number;
    const fieldNum = d.fieldNums[i];
    if (fieldNum === 3 || fieldNum === 8) {
      const text = readFitString(state.bytes, at, size);
      if (fieldNum === 3) description.name = text;
      else description.units = text;
      continue;
    }
    if (size < (BASE_TYPE_SIZE_BYTES[baseType] ?? 255)) continue;
    const v = readFitNumber(state.view, at, baseType, d.littleEndian);
    if (Number.isNaN(v)) continue;
    if (fieldNum === 0) description.developerDataIndex = v;
    else if (fieldNum === 1) description.fieldNumber = v;
    else if (fieldNum === 2) description.baseType = v & 0x1f;
    else if (fieldNum === 14) description.nativeMesgNum = v;
    else if (fieldNum === 15) description.nativeFieldNum = v;
  }
  if (description.developerDataIndex < 0 || description.fieldNumber < 0) return;
  state.developerByKey.set(`${description.developerDataIndex}:${description.fieldNumber}`, description);
  state.result.developerFields.push(description);
}
