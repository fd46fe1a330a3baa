import type { SourceRef } from "../protocol/protocol-types.ts";

export type CauseId =
  | "overstriding"
  | "hip-flexor-tightness"
  | "weak-glutes-hamstrings"
  | "core-collapse"
  | "shoe-issues";

export interface CauseQuestion {
  /** Stable id stored in causes.assessed events. */
  id: string;
  causeId: CauseId;
  /** One of the article's signs as a plain yes/no question. */
  text: string;
  /** How much a yes counts for its cause. */
  weight: number;
}

export interface Cause {
  id: CauseId;
  name: string;
  /** The article's "why it happens", in our words. */
  why: string;
  /** The signs (the article's table "red flags" column), in our words. */
  signs: string[];
  /** What the plan does about it: exercise ids, drills, cadence, shoes... */
  fixes: {
    title: string;
    detail: string;
    exerciseIds: string[];
    /** Guide items (drills, shoe advice, gear) the fix points to, by guide id. */
    guideIds?: string[];
  }[];
  sources: SourceRef[];
}

export interface RankedCause {
  cause: Cause;
  /** 0..1: share of the cause's question weight answered yes. */
  score: number;
  /** The signs the runner said yes to, in plain words. */
  matchedSigns: string[];
}
