import type { EventOf } from "../events/events.ts";
import type { Protocol } from "../protocol/protocol-types.ts";

type Adjustment = EventOf<"coach.adjustment">["adjustment"];

/**
 * Whether a coach's adjustment loosens safety against the protocol: a pain stop above the protocol's
 * (article: 3/10), the next-morning check switched off, or a return week skipped. Loosening needs a
 * written reason that the runner sees, and never applies while a flag is open; tightening needs none.
 */
export function adjustmentLoosens(adjustment: Adjustment, protocol: Protocol): boolean {
  switch (adjustment.kind) {
    case "pain-threshold":
      return adjustment.pain0to10 > protocol.pain.stopThreshold0to10;
    case "next-morning-check":
      return !adjustment.enabled;
    case "skip-week":
      return true;
    default:
      return false;
  }
}

/** The written reason a loosening adjustment carries, if any. */
export function adjustmentReason(adjustment: Adjustment): string | null {
  switch (adjustment.kind) {
    case "pain-threshold":
    case "next-morning-check":
      return adjustment.reason?.trim() || null;
    case "skip-week":
      return adjustment.reason.trim() || null;
    case "hold-week":
      return adjustment.reason;
    default:
      return null;
  }
}

/** For a new adjustment: an error message when it loosens safety without a written reason, else null. */
export function missingLooseningReason(adjustment: Adjustment, protocol: Protocol): string | null {
  if (!adjustmentLoosens(adjustment, protocol) || adjustmentReason(adjustment) !== null) return null;
  switch (adjustment.kind) {
    case "pain-threshold":
      return `A pain stop above ${protocol.pain.stopThreshold0to10}/10 loosens the article's rule: write the reason the runner will see.`;
    case "next-morning-check":
      return "Switching off the next-morning check loosens safety: write the reason the runner will see.";
    default:
      return "Skipping a week loosens safety: write the reason the runner will see.";
  }
}
