import { type FormEvent, useId, useState } from "react";
import { useData } from "../app/data.tsx";
import { navigate } from "../app/use-route.ts";
import { eventBase } from "../lib/event-base.ts";
import { PainScale } from "./PainScale.tsx";

/** Today's pain check-in. New leg symptoms re-ask the red-flag questions straight away. */
export function PainCheckIn({ headingId }: { headingId: string }) {
  const { profile, addEvents } = useData();
  const [pain, setPain] = useState<number | null>(null);
  const [legSymptoms, setLegSymptoms] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const legId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pain === null) {
      setError("Choose a number from 0 to 10 first.");
      return;
    }
    setError(null);
    await addEvents([
      { ...eventBase(new Date(), profile.timeZone), type: "pain.checkin", pain0to10: pain, legSymptoms },
    ]);
    setSaved(`Saved: pain ${pain}/10.`);
    setPain(null);
    if (legSymptoms) {
      setLegSymptoms(false);
      navigate("#/triage/leg-symptoms");
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h2 id={headingId} tabIndex={-1}>
        Pain check-in
      </h2>
      <PainScale legend="How is your back right now?" value={pain} onChange={setPain} showAdvice />
      <div className="check">
        <input
          id={legId}
          type="checkbox"
          checked={legSymptoms}
          onChange={(event) => setLegSymptoms(event.target.checked)}
        />
        <label htmlFor={legId}>New pain, numbness or tingling in a leg</label>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <p role="status" className="muted small">
        {saved ?? ""}
      </p>
      <button type="submit" className="button primary">
        Save check-in
      </button>
    </form>
  );
}
