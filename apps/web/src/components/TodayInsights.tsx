import { useMemo } from "react";
import { useData } from "../app/data.tsx";
import { outcomesFor } from "../lib/outcome-view.ts";
import { triggersFor } from "../lib/trigger-view.ts";
import { OutcomesDueCard } from "./OutcomesDueCard.tsx";

/** What the runner's own log asks of them today: outcome measures when due, and the strongest trigger. */
export function TodayInsights() {
  const { events, plan, shoes } = useData();
  const outcomes = useMemo(() => outcomesFor(events, plan), [events, plan]);
  const triggers = useMemo(() => triggersFor(events, shoes), [events, shoes]);
  // The safety questions come first: nothing else competes with them.
  if (plan.triageFirst) return null;
  return (
    <>
      <OutcomesDueCard due={outcomes.due} />
      {triggers.suggestion ? (
        <section className="card" aria-labelledby="trigger-suggestion-heading">
          <h2 id="trigger-suggestion-heading">From your log</h2>
          <p>{triggers.suggestion}</p>
          <p className="muted small">{triggers.strongest?.words}</p>
          <p>
            <a className="button" href="#/progress">
              See the pattern
            </a>
          </p>
        </section>
      ) : null}
    </>
  );
}
