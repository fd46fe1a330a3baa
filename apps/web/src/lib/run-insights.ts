import { cadenceTarget, defaultProtocol } from "@backstride/domain";
import { formatShare } from "./format.ts";

export interface CadenceBands {
  below160: number;
  from160to170: number;
  from170to180: number;
  above180: number;
}

export interface RunInsight {
  id: "cadence" | "cadence-bands" | "downhill";
  level: "ok" | "info" | "warning";
  title: string;
  text: string;
  /** How to act on it, short steps. */
  points: string[];
}

/**
 * A share of distance on grades steeper than -3% at or above this is "a lot of downhill". Backstride's
 * own display threshold: on rolling routes about a tenth of the distance is that steep.
 */
export const highDownhillShare = 0.2;

/** Descriptions of the bands for a screen reader and the legend. */
export function describeBands(bands: CadenceBands): string {
  return [
    `below 160: ${formatShare(bands.below160)}`,
    `160–170: ${formatShare(bands.from160to170)}`,
    `170–180: ${formatShare(bands.from170to180)}`,
    `above 180: ${formatShare(bands.above180)}`,
  ].join(", ");
}

/**
 * What an imported run's cadence and downhill running mean for this runner: below the 170-180 band,
 * a metronome target (+5% at a time); a lot of downhill with pain, the article's downhill strategy.
 */
export function runInsights(input: {
  cadenceStepsPerMinute?: number | undefined;
  bands?: CadenceBands | null | undefined;
  downhillShare?: number | null | undefined;
  painDuring0to10?: number | undefined;
  painAfter0to10?: number | undefined;
}): RunInsight[] {
  const insights: RunInsight[] = [];
  const rules = defaultProtocol.cadence;
  if (input.cadenceStepsPerMinute !== undefined && input.cadenceStepsPerMinute > 0) {
    const target = cadenceTarget({ measuredStepsPerMinute: input.cadenceStepsPerMinute, rules });
    insights.push({
      id: "cadence",
      level: target.status === "below" ? "warning" : "ok",
      title:
        target.status === "below"
          ? `Cadence ${Math.round(input.cadenceStepsPerMinute)}: below ${rules.targetMinStepsPerMinute}–${rules.targetMaxStepsPerMinute}`
          : `Cadence ${Math.round(input.cadenceStepsPerMinute)} steps a minute`,
      text: target.message,
      points:
        target.status === "below"
          ? [
              `Use the metronome in a walk/run or a run set to ${target.nextTargetStepsPerMinute} beats a minute.`,
              "Shorter, quicker steps land the foot under you, which is what eases the jolt through the back.",
              target.evidenceNote,
            ]
          : [],
    });
  }
  if (input.bands) {
    const slow = input.bands.below160 + input.bands.from160to170;
    if (slow >= 0.5) {
      insights.push({
        id: "cadence-bands",
        level: "info",
        title: `${formatShare(slow)} of your moving time was below 170`,
        text: "Those stretches are where overstriding is most likely, often late in the run or on downhills.",
        points: ["Try a metronome for the last third of the run, when tiredness lengthens the stride."],
      });
    }
  }
  if (input.downhillShare !== undefined && input.downhillShare !== null && input.downhillShare >= highDownhillShare) {
    const painful = Math.max(input.painDuring0to10 ?? 0, input.painAfter0to10 ?? 0) > 0;
    insights.push({
      id: "downhill",
      level: painful ? "warning" : "info",
      title: `${formatShare(input.downhillShare)} of the distance was downhill`,
      text: painful
        ? "You had pain on a hilly run. Pain that is worse downhill is a classic sign of overstriding."
        : "A lot of downhill running. If your back complains on descents, that points to overstriding.",
      points: [
        "Going down, take shorter steps so the foot lands under you.",
        "Lean a little forward from the ankles instead of leaning back and braking.",
        "If downhills still hurt, walk them for now, or pick a flatter route while you rebuild.",
      ],
    });
  }
  return insights;
}
