import { useMemo } from "react";
import { useData } from "../app/data.tsx";
import { outcomesFor } from "../lib/outcome-view.ts";
import { OutcomesDueCard } from "./OutcomesDueCard.tsx";

/** What the runner's own log asks of them today: outcome measures when due. */
export function TodayInsights() {
  const { events, plan } = useData();
  const outcomes = useMemo(() => outcomesFor(events, plan), [events, plan]);
  // The safety questions come first: nothing else competes with them.
  if (plan.triageFirst) return null;
  return <OutcomesDueCard due={outcomes.due} />;
}
