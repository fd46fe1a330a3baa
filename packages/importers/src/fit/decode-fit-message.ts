import { BASE_TYPE_SIZE_BYTES, isStringBaseType, readFitNumber, readFitString } from "./fit-base-types.ts";
import {
  type DecoderState,
  Kind,
  type LocalDefinition,
  RECORD_COMPRESSED_SPEED_DISTANCE,
} from "./fit-decoder-state.ts";
import {
  applyActivityField,
  applyDeviceInfoField,
  applyEventField,
  applyFileIdField,
  applyLapField,
  applyRecordField,
  applySessionField,
  applySportField,
  type FitDeveloperDataId,
  type FitDeveloperFieldDescription,
  type FitRecord,
  type FitSport,
  newFitRecord,
} from "./fit-messages.ts";

/** Decodes one data message of a kind Backstride uses into the result; skipped kinds never get here. */
export function decodeData(state: DecoderState, d: LocalDefinition, start: number, compressedTimestamp: number): void {
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
    case Kind.DeveloperDataId:
      readDeveloperDataId(state, d, start);
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

function readDeveloperDataId(state: DecoderState, d: LocalDefinition, start: number): void {
  const id: FitDeveloperDataId = { developerDataIndex: -1 };
  for (let i = 0; i < d.fieldNums.length; i++) {
    const at = start + (d.fieldOffsets[i] as number);
    const size = d.fieldSizes[i] as number;
    const fieldNum = d.fieldNums[i];
    if (fieldNum === 1) {
      id.applicationId = Array.from(state.bytes.subarray(at, at + size), (b) => b.toString(16).padStart(2, "0")).join(
        "",
      );
      continue;
    }
    const v = readFitNumber(state.view, at, d.fieldBaseTypes[i] as number, d.littleEndian);
    if (Number.isNaN(v)) continue;
    if (fieldNum === 3) id.developerDataIndex = v;
    else if (fieldNum === 2) id.manufacturer = v;
  }
  if (id.developerDataIndex >= 0) state.result.developerDataIds.push(id);
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
