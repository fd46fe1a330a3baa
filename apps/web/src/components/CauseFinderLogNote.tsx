import { useMemo } from "react";
import { useData } from "../app/data.tsx";
import { triggersFor } from "../lib/trigger-view.ts";

/** The strongest pattern in the runner's own log, offered before the questions: a hint, never a cause. */
export function CauseFinderLogNote() {
  const { events, shoes } = useData();
  const strongest = useMemo(() => triggersFor(events, shoes).strongest, [events, shoes]);
  if (!strongest) return null;
  return (
    <section className="card" aria-labelledby="cause-log-note-heading">
      <h2 id="cause-log-note-heading">From your log</h2>
      <p>
        Your log suggests {strongest.trigger.suggests}. {strongest.words}
      </p>
      <p className="muted small">A pattern in your own runs, not a proof of cause: keep it in mind as you answer.</p>
    </section>
  );
}
