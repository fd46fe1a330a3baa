/**
 * The FIT messages Backstride decodes, with the profile's field numbers, scales and offsets applied.
 * Times stay raw FIT seconds (since 1989-12-31T00:00:00Z, or device-relative below 0x10000000);
 * fit-activities.ts turns them into dates.
 */

export const MESG_FILE_ID = 0;
export const MESG_SPORT = 12;
export const MESG_SESSION = 18;
export const MESG_LAP = 19;
export const MESG_RECORD = 20;
export const MESG_EVENT = 21;
export const MESG_DEVICE_INFO = 23;
export const MESG_ACTIVITY = 34;
export const MESG_FIELD_DESCRIPTION = 206;
export const MESG_DEVELOPER_DATA_ID = 207;

export const FIELD_TIMESTAMP = 253;

export interface FitFileId {
  type?: number;
  manufacturer?: number;
  product?: number;
  timeCreated?: number;
}

export interface FitRecord {
  timestamp: number | undefined;
  latSemicircles: number | undefined;
  lonSemicircles: number | undefined;
  altitudeMeters: number | undefined;
  heartRateBpm: number | undefined;
  /** As stored: strides/min when running, rpm when cycling. */
  cadence: number | undefined;
  fractionalCadence: number | undefined;
  distanceMeters: number | undefined;
  speedMps: number | undefined;
  powerWatts: number | undefined;
  verticalOscillationMm: number | undefined;
  stanceTimeMs: number | undefined;
  stepLengthMm: number | undefined;
  temperatureC: number | undefined;
  /** Developer field values keyed "developerDataIndex:fieldNumber"; never merged into native fields. */
  developer: Record<string, number> | undefined;
}

export function newFitRecord(): FitRecord {
  return {
    timestamp: undefined,
    latSemicircles: undefined,
    lonSemicircles: undefined,
    altitudeMeters: undefined,
    heartRateBpm: undefined,
    cadence: undefined,
    fractionalCadence: undefined,
    distanceMeters: undefined,
    speedMps: undefined,
    powerWatts: undefined,
    verticalOscillationMm: undefined,
    stanceTimeMs: undefined,
    stepLengthMm: undefined,
    temperatureC: undefined,
    developer: undefined,
  };
}

/** Record fields 2/78 and 6/73 come in plain and "enhanced" widths; the enhanced one wins when both exist. */
export function applyRecordField(r: FitRecord, fieldNum: number, v: number): void {
  switch (fieldNum) {
    case FIELD_TIMESTAMP:
      r.timestamp = v;
      break;
    case 0:
      r.latSemicircles = v;
      break;
    case 1:
      r.lonSemicircles = v;
      break;
    case 2:
      r.altitudeMeters ??= v / 5 - 500;
      break;
    case 78:
      r.altitudeMeters = v / 5 - 500;
      break;
    case 3:
      r.heartRateBpm = v;
      break;
    case 4:
      r.cadence = v;
      break;
    case 53:
      r.fractionalCadence = v / 128;
      break;
    case 5:
      r.distanceMeters = v / 100;
      break;
    case 6:
      r.speedMps ??= v / 1000;
      break;
    case 73:
      r.speedMps = v / 1000;
      break;
    case 7:
      r.powerWatts = v;
      break;
    case 13:
      r.temperatureC = v;
      break;
    case 39:
      r.verticalOscillationMm = v / 10;
      break;
    case 41:
      r.stanceTimeMs = v / 10;
      break;
    case 85:
      r.stepLengthMm = v / 10;
      break;
  }
}

export interface FitSession {
  timestamp?: number;
  startTime?: number;
  sport?: number;
  subSport?: number;
  totalElapsedSeconds?: number;
  totalTimerSeconds?: number;
  totalDistanceMeters?: number;
  avgHeartRateBpm?: number;
  maxHeartRateBpm?: number;
  avgCadence?: number;
  avgFractionalCadence?: number;
  /** Strides for running (one foot), with total_fractional_cycles added. */
  totalCycles?: number;
  totalAscentMeters?: number;
  totalDescentMeters?: number;
  firstLapIndex?: number;
  numLaps?: number;
  avgVerticalOscillationMm?: number;
  avgStanceTimeMs?: number;
  avgStepLengthMm?: number;
}

export function applySessionField(s: FitSession, fieldNum: number, v: number): void {
  switch (fieldNum) {
    case FIELD_TIMESTAMP:
      s.timestamp = v;
      break;
    case 2:
      s.startTime = v;
      break;
    case 5:
      s.sport = v;
      break;
    case 6:
      s.subSport = v;
      break;
    case 7:
      s.totalElapsedSeconds = v / 1000;
      break;
    case 8:
      s.totalTimerSeconds = v / 1000;
      break;
    case 9:
      s.totalDistanceMeters = v / 100;
      break;
    case 16:
      s.avgHeartRateBpm = v;
      break;
    case 17:
      s.maxHeartRateBpm = v;
      break;
    case 18:
      s.avgCadence = v;
      break;
    case 92:
      s.avgFractionalCadence = v / 128;
      break;
    case 10:
      s.totalCycles = (s.totalCycles ?? 0) + v;
      break;
    case 94:
      s.totalCycles = (s.totalCycles ?? 0) + v / 128;
      break;
    case 22:
      s.totalAscentMeters = v;
      break;
    case 23:
      s.totalDescentMeters = v;
      break;
    case 25:
      s.firstLapIndex = v;
      break;
    case 26:
      s.numLaps = v;
      break;
    case 89:
      s.avgVerticalOscillationMm = v / 10;
      break;
    case 91:
      s.avgStanceTimeMs = v / 10;
      break;
    case 194:
      s.avgStepLengthMm = v / 10;
      break;
  }
}

export interface FitLap {
  timestamp?: number;
  startTime?: number;
  totalElapsedSeconds?: number;
  totalTimerSeconds?: number;
  totalDistanceMeters?: number;
  sport?: number;
}

export function applyLapField(l: FitLap, fieldNum: number, v: number): void {
  switch (fieldNum) {
    case FIELD_TIMESTAMP:
      l.timestamp = v;
      break;
    case 2:
      l.startTime = v;
      break;
    case 7:
      l.totalElapsedSeconds = v / 1000;
      break;
    case 8:
      l.totalTimerSeconds = v / 1000;
      break;
    case 9:
      l.totalDistanceMeters = v / 100;
      break;
    case 25:
      l.sport = v;
      break;
  }
}

export interface FitEvent {
  timestamp?: number;
  /** 0 = timer. */
  event?: number;
  /** 0 start, 1 stop, 4 stop_all, 8/9 stop_disable(_all). */
  eventType?: number;
}

export function applyEventField(e: FitEvent, fieldNum: number, v: number): void {
  if (fieldNum === FIELD_TIMESTAMP) e.timestamp = v;
  else if (fieldNum === 0) e.event = v;
  else if (fieldNum === 1) e.eventType = v;
}

export interface FitDeviceInfo {
  timestamp?: number;
  deviceIndex?: number;
  manufacturer?: number;
  product?: number;
}

export function applyDeviceInfoField(d: FitDeviceInfo, fieldNum: number, v: number): void {
  if (fieldNum === FIELD_TIMESTAMP) d.timestamp = v;
  else if (fieldNum === 0) d.deviceIndex = v;
  else if (fieldNum === 2) d.manufacturer = v;
  else if (fieldNum === 4) d.product = v;
}

export function applyFileIdField(f: FitFileId, fieldNum: number, v: number): void {
  if (fieldNum === 0) f.type = v;
  else if (fieldNum === 1) f.manufacturer = v;
  else if (fieldNum === 2) f.product = v;
  else if (fieldNum === 4) f.timeCreated = v;
}

export interface FitSport {
  sport?: number;
  subSport?: number;
  name?: string;
}

export function applySportField(s: FitSport, fieldNum: number, v: number): void {
  if (fieldNum === 0) s.sport = v;
  else if (fieldNum === 1) s.subSport = v;
}

export interface FitActivity {
  timestamp?: number;
  /** Local wall-clock time in FIT seconds; minus `timestamp` gives the UTC offset. */
  localTimestamp?: number;
}

export function applyActivityField(a: FitActivity, fieldNum: number, v: number): void {
  if (fieldNum === FIELD_TIMESTAMP) a.timestamp = v;
  else if (fieldNum === 5) a.localTimestamp = v;
}

/** Which app wrote a set of developer fields (e.g. Stryd's Connect IQ app). */
export interface FitDeveloperDataId {
  developerDataIndex: number;
  /** The Connect IQ application id, hex, when given. */
  applicationId?: string;
  manufacturer?: number;
}

export interface FitDeveloperFieldDescription {
  developerDataIndex: number;
  fieldNumber: number;
  baseType: number;
  /** As the app named it; may repeat or clash with native names, so it is never used as a key. */
  name: string;
  units: string;
  nativeMesgNum?: number;
  nativeFieldNum?: number;
}

/**
 * Fields each decoded message actually uses, by field number. Anything else (stamina, power phases,
 * unknown vendor fields) is skipped when the definition is read, so it costs nothing per message.
 */
export const USED_FIELDS = {
  record: new Set([FIELD_TIMESTAMP, 0, 1, 2, 78, 3, 4, 53, 5, 6, 73, 7, 8, 13, 39, 41, 85]),
  session: new Set([FIELD_TIMESTAMP, 2, 5, 6, 7, 8, 9, 10, 16, 17, 18, 22, 23, 25, 26, 89, 91, 92, 94, 194]),
  lap: new Set([FIELD_TIMESTAMP, 2, 7, 8, 9, 25]),
  event: new Set([FIELD_TIMESTAMP, 0, 1]),
  deviceInfo: new Set([FIELD_TIMESTAMP, 0, 2, 4]),
  fileId: new Set([0, 1, 2, 4]),
  sport: new Set([0, 1, 3]),
  activity: new Set([FIELD_TIMESTAMP, 5]),
  fieldDescription: new Set([0, 1, 2, 3, 8, 14, 15]),
  developerDataId: new Set([1, 2, 3]),
};
