import { BASE_TYPE_SIZE_BYTES, isStringBaseType } from "./fit-base-types.ts";
import {
  type DecoderState,
  Kind,
  type LocalDefinition,
  RECORD_COMPRESSED_SPEED_DISTANCE,
} from "./fit-decoder-state.ts";
import {
  FIELD_TIMESTAMP,
  MESG_ACTIVITY,
  MESG_DEVELOPER_DATA_ID,
  MESG_DEVICE_INFO,
  MESG_EVENT,
  MESG_FIELD_DESCRIPTION,
  MESG_FILE_ID,
  MESG_LAP,
  MESG_RECORD,
  MESG_SESSION,
  MESG_SPORT,
  USED_FIELDS,
} from "./fit-messages.ts";
import { stopAt } from "./fit-stop.ts";

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
  [Kind.DeveloperDataId]: USED_FIELDS.developerDataId,
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
  [MESG_DEVELOPER_DATA_ID]: Kind.DeveloperDataId,
};

/** Reads a definition message; returns its end, -1 when truncated, -2 when invalid (issue pushed). */
export function readDefinition(state: DecoderState, p: number, dataEnd: number): number {
  const { bytes, view } = state;
  const header = bytes[p] as number;
  if (p + 6 > dataEnd) return -1;
  const architecture = bytes[p + 2];
  if (architecture !== 0 && architecture !== 1) {
    stopAt(state, p, "fit-invalid-definition", "a message layout has an unknown byte order");
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
