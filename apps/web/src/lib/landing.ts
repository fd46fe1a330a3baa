/**
 * Where the app opens. A coach's home is their roster: the app's bare address (and the sign-in pages,
 * which are where a signed-in person is left) open "My runners" for a coach and Today for a runner. An
 * explicit #/today still opens Today, for a coach who also runs.
 */

const homeHashes = new Set(["", "#", "#/", "#/sign-in", "#/sign-up"]);

/** Whether this hash is the app's home rather than a screen someone chose. */
export function isAppHome(hash: string): boolean {
  return homeHashes.has(hash);
}

/** The screen a coach on the app's home is sent to. */
export const coachHomeHash = "#/coach";

/**
 * Where to go once signed in. An invite link opened while signed out stays where it is, so the runner
 * lands on the invite after signing in or up; a new coach starts on their runners (inviting is the first
 * thing to do); everyone else on the app's home (the roster for a coach, Today for a runner).
 */
export function afterSignInHash(currentHash: string, newCoach: boolean): string {
  if (currentHash.startsWith("#/invite/")) return currentHash;
  return newCoach ? coachHomeHash : "#/";
}
