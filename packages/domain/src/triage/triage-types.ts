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
  /** The symptom in the runner's words, to finish "I have back pain and ..." when asking for care. */
  symptom?: string;
  /** What a clinician should be told the worry is, e.g. "cauda equina syndrome". */
  suspected?: string;
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
  /** How soon to be seen, in days (0 = now); absent when no care is needed. */
  seeClinicianWithinDays?: number;
  /** The last day to be seen by, when the evaluation knew today's date. */
  seeClinicianBy?: string;
}
