import type { BackstrideEvent, LocalDate } from "../events/events.ts";

export interface MeasuredCadence {
  stepsPerMinute: number;
  /** Where it came from: a watch (a logged or imported run) or a form check from a video. */
  source: "run" | "form-check";
  localDate: LocalDate;
}

/**
 * The latest cadence measured, from a run's watch data or a form check, whichever came last in the log.
 * A form check whose cadence it was unsure of ("low" confidence) is not used: a target must not step
 * from a miscount.
 */
export function latestMeasuredCadence(events: readonly BackstrideEvent[]): MeasuredCadence | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event?.type === "run.logged" && event.cadenceStepsPerMinute !== undefined && event.cadenceStepsPerMinute > 0) {
      return { stepsPerMinute: event.cadenceStepsPerMinute, source: "run", localDate: event.localDate };
    }
    if (event?.type === "form.checked" && event.measures.cadenceStepsPerMinute.confidence !== "low") {
      return {
        stepsPerMinute: event.measures.cadenceStepsPerMinute.value,
        source: "form-check",
        localDate: event.localDate,
      };
    }
  }
  return undefined;
}
