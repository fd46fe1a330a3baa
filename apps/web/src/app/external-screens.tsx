import { lazy } from "react";

/**
 * The session player (src/player) and the Guide (src/guide) are built in their own folders and loaded
 * lazily, so neither weighs on the first load.
 */
export const LazySessionPlayer = lazy(async () => ({
  default: (await import("../player/SessionPlayerScreen.tsx")).SessionPlayerScreen,
}));

export const LazyGuide = lazy(async () => ({ default: (await import("../guide/GuideScreen.tsx")).GuideScreen }));
