import type { PlanState } from "@backstride/domain";
import { useMemo } from "react";
import { outcomesFor } from "../lib/outcome-view.ts";
import { parseStoredEvents } from "../lib/stored-events.ts";
import { OutcomeTrend } from "./OutcomeTrend.tsx";
import "./outcomes.css";

/** The coach's view of a consenting runner's outcome measures: the same charts and words the runner sees. */
export function CoachRunnerInsights({ events, plan }: { events: readonly unknown[]; plan: PlanState }) {
  const log = useMemo(() => parseStoredEvents(events), [events]);
  const outcomes = useMemo(() => outcomesFor(log, plan), [log, plan]);
  return (
    <>
      <h2>Outcome measures</h2>
      {outcomes.due ? <p className="muted">Due now: {outcomes.due.title.replace(/^Your /, "the ")}.</p> : null}
      <OutcomeTrend summary={outcomes} who="runner" />
    </>
  );
}
