import type { SourceRef } from "../protocol/protocol-types.ts";

/** Ordered from most to least serious. */
export type RedFlagLevel = "emergency" | "urgent" | "soon" | "none";

export interface RedFlagQuestion {
  /** Stable id stored in triage.answered events; never reuse or rename one. */
  id: string;
  /** The question as the runner reads it, plain words. */
  text: string;
  /** Optional one-line explanation of the plain words (e.g. what "saddle area" means). */
  hint?: string;
  level: Exclude<RedFlagLevel, "none">;
  /** What it may point to, in plain words (e.g. "pressure on the nerves at the base of the spine"). */
  concern: string;
  sources: SourceRef[];
}

export interface RedFlagResult {
  level: RedFlagLevel;
  /** The questions answered yes, most serious first. */
  flags: RedFlagQuestion[];
  /** Headline the app shows, e.g. "Go to emergency care now". */
  title: string;
  /** What to do, in order, plain words; for emergencies includes what to say on arrival. */
  actions: string[];
  /** True when running must stop until a clinician's clearance is recorded (emergency, urgent). */
  blocksRunningUntilClearance: boolean;
}
