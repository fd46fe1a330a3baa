import { formatDistance } from "@backstride/domain";
import { useMemo } from "react";
import { useData } from "../app/data.tsx";
import { effectiveEvents } from "../lib/effective-runs.ts";
import { outcomesFor } from "../lib/outcome-view.ts";
import { triggersFor } from "../lib/trigger-view.ts";
import { weeklyReview } from "../lib/weekly-review.ts";
import { TriggerFindings } from "./TriggerFindings.tsx";
import "./outcomes.css";

/** Progress's own reading of the log: the week in a few lines, the measures, and the personal triggers. */
export function ProgressInsights() {
  const { events, shoes, plan, profile } = useData();
  const triggers = useMemo(() => triggersFor(events, shoes), [events, shoes]);
  const outcomes = useMemo(() => outcomesFor(events, plan), [events, plan]);
  const review = useMemo(
    () =>
      weeklyReview({
        events: effectiveEvents(events),
        plan,
        outcomesDue: outcomes.due,
        suggestion: triggers.suggestion,
        formatMeters: (meters) => formatDistance(meters, profile.distanceUnit),
      }),
    [events, plan, outcomes.due, triggers.suggestion, profile.distanceUnit],
  );
  return (
    <>
      <section className="card weekly-review" aria-labelledby="weekly-review-heading">
        <h2 id="weekly-review-heading">Your week</h2>
        {review.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      <section className="card" aria-labelledby="measures-link-heading">
        <h2 id="measures-link-heading">Are you getting better?</h2>
        <p>
          {outcomes.painChange?.words ??
            "Your measures show the change from the start once you have answered them twice."}
        </p>
        <div className="button-row">
          <a className="button" href="#/measures">
            Measures
          </a>
          <a className="button" href="#/report">
            Report for your clinician
          </a>
        </div>
      </section>
      <TriggerFindings triggers={triggers} />
    </>
  );
}
