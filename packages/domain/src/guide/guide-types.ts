import type { SourceRef } from "../protocol/protocol-types.ts";

/** One piece of advice the app can show on its own card, with where it comes from. */
export interface GuideItem {
  /** Stable id, referenced by causes' fixes and by the app; never rename one. */
  id: string;
  title: string;
  /** One sentence: what to do. */
  summary: string;
  /** How to do it, short plain steps or points. */
  points: string[];
  /** Honest limits: what the evidence does and does not show, or when not to do it. */
  caveats?: string[];
  sources: SourceRef[];
}

/** Advice with a good side and a bad side (e.g. treadmills). */
export interface ProsConsGuideItem extends GuideItem {
  pros: string[];
  cons: string[];
}

/** A question from the runner and our answer, with links to related guide items. */
export interface GuideQuestion {
  id: string;
  question: string;
  /** Short answer first ("No." / "Yes, with a good bike fit."), then the why. */
  shortAnswer: string;
  answer: string;
  relatedIds: string[];
  sources: SourceRef[];
}

export interface GuideSection {
  id: string;
  title: string;
  items: readonly GuideItem[];
}
