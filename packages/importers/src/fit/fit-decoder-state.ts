import type { FitDecodeResult } from "./decode-fit.ts";
import type { FitDeveloperFieldDescription } from "./fit-messages.ts";

/** What to do with a data message; decided once per definition so skipped messages cost one addition. */
export const Kind = {
  Skip: 0,
  Record: 1,
  Session: 2,
  Lap: 3,
  Event: 4,
  DeviceInfo: 5,
  FileId: 6,
  Sport: 7,
  Activity: 8,
  FieldDescription: 9,
  DeveloperDataId: 10,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export interface LocalDefinition {
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

export interface DecoderState {
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

export const RECORD_COMPRESSED_SPEED_DISTANCE = 8;
