import type { PlanTask } from "@backstride/domain";
import { type ComponentType, lazy } from "react";

/**
 * The session player and the Guide are built in their own folders (src/player, src/guide). They are
 * loaded lazily through import.meta.glob so this shell builds whether or not they exist yet, and so
 * neither weighs on the first load.
 */

export interface SessionPlayerProps {
  task: PlanTask;
  onFinish: () => void;
}

const playerModules = import.meta.glob<{ SessionPlayerScreen: ComponentType<SessionPlayerProps> }>(
  "../player/SessionPlayerScreen.tsx",
);
const guideModules = import.meta.glob<{ GuideScreen: ComponentType }>("../guide/GuideScreen.tsx");

const playerLoader = playerModules["../player/SessionPlayerScreen.tsx"];
const guideLoader = guideModules["../guide/GuideScreen.tsx"];

export const LazySessionPlayer = playerLoader
  ? lazy(async () => ({ default: (await playerLoader()).SessionPlayerScreen }))
  : null;

export const LazyGuide = guideLoader ? lazy(async () => ({ default: (await guideLoader()).GuideScreen })) : null;
