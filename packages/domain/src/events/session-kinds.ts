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
