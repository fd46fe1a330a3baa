import type { DecoderState } from "./fit-decoder-state.ts";

/** Ends decoding at a damaged spot with one issue per kind of damage; returns where decoding stopped. */
export function stopTruncated(state: DecoderState, at: number): number {
  return stopAt(state, at, "fit-truncated", "the file ends in the middle of a message");
}

export function stopAt(state: DecoderState, at: number, code: string, why: string): number {
  if (!state.result.issues.some((issue) => issue.code === code)) {
    state.result.issues.push({
      code,
      message: `The file is damaged at byte ${at} (${why}); kept the ${state.result.records.length} records read before it.`,
    });
  }
  return at;
}
