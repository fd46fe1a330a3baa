import { type FormEvent, useId, useState } from "react";
import { useData } from "../app/data.tsx";
import { navigate } from "../app/use-route.ts";
import { Page } from "../components/Page.tsx";
import { PainScale } from "../components/PainScale.tsx";
import { eventBase } from "../lib/event-base.ts";

/** Reports a flare-up: the plan moves to 72 hours of relief, and the safety questions are asked again. */
export default function FlareUpScreen() {
  const { plan, profile, addEvents } = useData();
  const [pain, setPain] = useState<number | null>(null);
  const [notes, setNotes] = useState("");
  const [error, setError] = useState<string | null>(null);
  const notesId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pain === null) {
      setError("Choose how bad the pain is, from 0 to 10.");
      return;
    }
    await addEvents([
      {
        ...eventBase(new Date(), profile.timeZone),
        type: "flare-up.reported",
        pain0to10: pain,
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      },
    ]);
    navigate("#/triage/flare-up");
  };

  return (
    <Page
      title="Report a flare-up"
      lead="Sorry it is back. Your plan switches to 72 hours of calm relief: pool walking, ice then heat, no running and no stretching. First we ask the safety questions again."
    >
      <form onSubmit={submit} noValidate>
        <PainScale
          legend="How bad is the pain now?"
          value={pain}
          onChange={setPain}
          stopThreshold0to10={plan.stopThreshold0to10}
        />
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={notesId}>What happened (optional)</label>
          <textarea id={notesId} value={notes} maxLength={2000} onChange={(event) => setNotes(event.target.value)} />
        </div>
        <button type="submit" className="button primary block">
          Report flare-up
        </button>
      </form>
    </Page>
  );
}
