/**
 * The kinds of session a runner can complete. Kept apart from the zod schemas so the web app's first
 * screen can check a kind without loading zod.
 */
export const sessionKinds = [
  "rehab-circuit",
  "walk-run",
  "strength",
  "mobility",
  "pool-walk",
  "ice-heat",
  "massage",
  "cross-training",
  "drill",
] as const;

export type SessionKind = (typeof sessionKinds)[number];

export function isSessionKind(kind: string): kind is SessionKind {
  return (sessionKinds as readonly string[]).includes(kind);
}

/** Each kind in the words a sentence uses ("How was your walk/run", "in a rebuild circuit"). */
export const sessionKindWords: Record<SessionKind, string> = {
  "rehab-circuit": "rebuild circuit",
  "walk-run": "walk/run",
  strength: "strength session",
  mobility: "mobility session",
  "pool-walk": "pool walk",
  "ice-heat": "ice and heat",
  massage: "sports massage",
  "cross-training": "cross-training session",
  drill: "form drill",
};
