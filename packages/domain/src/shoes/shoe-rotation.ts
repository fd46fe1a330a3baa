import type { ShoeRules, SourceRef } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";

export interface ShoeRotation {
  /** The pair to wear next: the active pair with the fewest metres; null with no active pair. */
  nextShoeId: string | null;
  /** True when the runner has fewer than two active pairs. */
  suggestSecondPair: boolean;
  text: string;
  sources: SourceRef[];
}

/**
 * Malisoux et al. 2015: runners who rotated more than one pair had a lower injury risk (HR 0.61).
 * Pairs at or past the replacement distance are left out of the rotation.
 */
export function shoeRotation(input: {
  shoes: readonly { id: string; distanceMeters: number; retiredAt?: string }[];
  rules: ShoeRules;
}): ShoeRotation {
  const active = input.shoes
    .filter((shoe) => shoe.retiredAt === undefined && shoe.distanceMeters < input.rules.replaceAtMeters)
    .sort((a, b) => a.distanceMeters - b.distanceMeters || (a.id < b.id ? -1 : 1));
  const nextShoeId = active[0]?.id ?? null;
  const suggestSecondPair = active.length < 2;
  const text = suggestSecondPair
    ? "Consider a second pair to rotate: runners who switch between pairs get injured less often."
    : "Rotate your pairs: wear the one with the fewest miles next.";
  return { nextShoeId, suggestSecondPair, text, sources: [sources.malisoux2015] };
}
