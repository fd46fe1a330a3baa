import { useEffect, useId, useRef, useState } from "react";
import { PainScale } from "../components/PainScale.tsx";
import { painUnknown } from "../lib/pain-answers.ts";
import type { PainResponse } from "./pain-response.ts";
import { formatClock } from "./player-format.ts";

export interface AfterSessionProps {
  /** The stop instructions when pain ended the session. */
  painStop: PainResponse | null;
  endedEarly: boolean;
  activeSeconds: number;
  rounds: { planned: number; completed: number } | null;
  afterTask: { title: string; detail: string } | null;
  /** Highest pain reported during the session, to start the "during" scale from. */
  painDuring0to10: number | null;
  stopThreshold0to10: number;
  onSave: (answers: { painDuring0to10: number | null; painAfter0to10: number | null; notes: string }) => void;
}

/** The end of a session: what to do now (after a pain stop), then pain during and after, and notes. */
export function AfterSession({
  painStop,
  endedEarly,
  activeSeconds,
  rounds,
  afterTask,
  painDuring0to10: reportedDuring,
  stopThreshold0to10,
  onSave,
}: AfterSessionProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [painDuring0to10, setPainDuring] = useState<number | null>(reportedDuring);
  const [painAfter0to10, setPainAfter] = useState<number | null>(null);
  const [notes, setNotes] = useState("");
  const [saved, setSaved] = useState<"with-pain" | "without-pain" | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="after-session">
      {painStop ? (
        <section className="pain-stop" role="alert" aria-labelledby={`${id}-stop`}>
          <h2 id={`${id}-stop`} ref={headingRef} tabIndex={-1}>
            {painStop.title}
          </h2>
          <ol>
            {painStop.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      ) : (
        <h2 ref={headingRef} tabIndex={-1}>
          {endedEarly ? "Session ended" : "Session complete"}
        </h2>
      )}
      <p className="after-summary">
        {formatClock(activeSeconds)} active
        {rounds ? ` · ${rounds.completed} of ${rounds.planned} runs done` : ""}
      </p>
      {afterTask && !painStop ? (
        <section className="card after-task" aria-labelledby={`${id}-after`}>
          <h3 id={`${id}-after`}>Now: {afterTask.title}</h3>
          <p>{afterTask.detail}</p>
        </section>
      ) : null}
      {saved ? (
        <p className="after-saved" role="status">
          {saved === "with-pain" ? "Saved. Your plan is updated." : "Saved without pain. We'll ask again on Today."}
        </p>
      ) : (
        <form
          className="card after-form"
          aria-labelledby={`${id}-log`}
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(painUnknown({ painDuring0to10, painAfter0to10 }) ? "without-pain" : "with-pain");
            onSave({ painDuring0to10, painAfter0to10, notes });
          }}
        >
          <h3 id={`${id}-log`}>Log this session</h3>
          {endedEarly && !painStop ? (
            <p className="muted">You ended early. How was the pain? Answer what you can.</p>
          ) : null}
          <PainScale
            legend="Pain during the session"
            value={painDuring0to10}
            onChange={setPainDuring}
            stopThreshold0to10={stopThreshold0to10}
            hint="The worst it got."
          />
          <PainScale
            legend="Pain now, after the session"
            value={painAfter0to10}
            onChange={setPainAfter}
            stopThreshold0to10={stopThreshold0to10}
          />
          <div className="field">
            <label htmlFor={`${id}-notes`}>Notes (optional)</label>
            <textarea
              id={`${id}-notes`}
              value={notes}
              maxLength={2000}
              onChange={(event) => setNotes(event.target.value)}
            />
          </div>
          <button type="submit" className="button primary block" aria-describedby={`${id}-unknown`}>
            Save session
          </button>
          <p id={`${id}-unknown`} className="muted small">
            {painUnknown({ painDuring0to10, painAfter0to10 })
              ? "No pain chosen: you can still save. The pain stays unknown (not a pain stop) and we'll ask again on Today."
              : "Saving updates your plan."}
          </p>
        </form>
      )}
    </div>
  );
}
