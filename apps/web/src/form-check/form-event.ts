import type { EventOf } from "@backstride/domain";
import type { Measured, RearViewMeasures, SideViewMeasures } from "./form-analysis.ts";

/** The pose model's name as saved with each check, so later checks compare like with like. */
export const poseModelName = "movenet-singlepose-lightning-4";

type FormChecked = EventOf<"form.checked">;
type Base = Pick<FormChecked, "id" | "version" | "occurredAt" | "localDate">;

function kept(measure: Measured): { value: number; confidence: Measured["confidence"] } {
  return { value: measure.value, confidence: measure.confidence };
}

/** The `form.checked` event of a finished check: the measures and their confidence, nothing from the video. */
export function formCheckedEvent(base: Base, measures: SideViewMeasures | RearViewMeasures): FormChecked {
  const common = {
    ...base,
    type: "form.checked" as const,
    view: measures.view,
    analysedSeconds: measures.analysedSeconds,
    model: poseModelName,
  };
  if (measures.view === "rear") {
    return {
      ...common,
      measures: {
        cadenceStepsPerMinute: kept(measures.cadenceStepsPerMinute),
        pelvicDropDegrees: kept(measures.pelvicDropDegrees),
      },
    };
  }
  return {
    ...common,
    measures: {
      cadenceStepsPerMinute: kept(measures.cadenceStepsPerMinute),
      trunkLeanDegrees: kept(measures.trunkLeanDegrees),
      overstrideLegLengths: kept(measures.overstrideLegLengths),
      shinAngleDegrees: kept(measures.shinAngleDegrees),
      verticalOscillationLegLengths: kept(measures.verticalOscillationLegLengths),
    },
  };
}
