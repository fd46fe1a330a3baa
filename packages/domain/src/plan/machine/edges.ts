import type { RecoveryStateName } from "../plan-types.ts";

type Edge = readonly [RecoveryStateName, RecoveryStateName];

/** The states of the training position: where a hold can start from and where it returns to. */
export const TRAINING_STATES: readonly RecoveryStateName[] = ["rebuild", "return", "progression", "maintenance"];

/** Every [from, to] pair of two lists, for a rule's declared state changes. */
export function edgesBetween(from: readonly RecoveryStateName[], to: readonly RecoveryStateName[]): Edge[] {
  return from.flatMap((a) => to.map((b) => [a, b] as const));
}
