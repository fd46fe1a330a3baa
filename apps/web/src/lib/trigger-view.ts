import {
  type BackstrideEvent,
  defaultProtocol,
  type FlareUpTriggers,
  flareUpTriggers,
  seededRandom,
  seedFrom,
  type TriggerShoe,
} from "@backstride/domain";
import { effectiveEvents } from "./effective-runs.ts";

/** A fixed seed: the same log always shows the same interval, on every visit and every device. */
const seed = seedFrom("backstride flare-up triggers");

/** The runner's triggers from their log as they left it (corrections applied, deleted entries gone). */
export function triggersFor(events: readonly BackstrideEvent[], shoes: readonly TriggerShoe[]): FlareUpTriggers {
  return flareUpTriggers({
    events: effectiveEvents(events),
    shoes,
    cadenceTargetMin: defaultProtocol.cadence.targetMinStepsPerMinute,
    random: seededRandom(seed),
  });
}
