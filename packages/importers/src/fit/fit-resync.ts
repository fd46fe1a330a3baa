import type { DecoderState, LocalDefinition } from "./fit-decoder-state.ts";

const RESYNC_RUN_MESSAGES = 8;
const RESYNC_MAX_TIMESTAMP_STEP_SECONDS = 3600;

/**
 * Some recorders drop or insert a byte (the Strava Android sample loses one inside a record), after
 * which every header is misread. Look for the first offset from which several consecutive messages
 * parse with the layouts already defined and with timestamps moving forward, and resume there.
 * Random bytes pass one header check with probability ~3/256, so a run of 8 is not found by chance.
 */
export function findResyncPoint(state: DecoderState, from: number, dataEnd: number): number {
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

export function noteSkippedBytes(state: DecoderState, from: number, to: number): void {
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
