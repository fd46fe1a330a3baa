import { type FormEvent, useId, useState } from "react";
import { useData } from "../app/data.tsx";
import { eventBase } from "../lib/event-base.ts";
import { type PainQuestionCard, painFields, painUnknown } from "../lib/pain-answers.ts";
import { PainScale } from "./PainScale.tsx";

/**
 * The pain of an earlier session or run that was saved without it. Until this is answered the plan
 * reads the pain as unknown: never a stop, and it does not count toward the next week.
 */
export function PainAnswerCard({ card }: { card: PainQuestionCard }) {
  const { profile, plan, addEvents } = useData();
  const id = useId();
  const [painDuring0to10, setPainDuring] = useState<number | null>(null);
  const [painAfter0to10, setPainAfter] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answers = { painDuring0to10, painAfter0to10 };
    if (painUnknown(answers)) {
      setError("Choose a number for pain during or after first.");
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await addEvents([
        {
          ...eventBase(new Date(), profile.timeZone),
          type: "pain.recorded",
          forEventId: card.forEventId,
          ...painFields(answers),
        },
      ]);
      setSaved(true);
    } finally {
      setBusy(false);
    }
  };

  if (saved) {
    return (
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{card.question}</h2>
        <p role="status">Saved. Your plan is updated.</p>
      </section>
    );
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{card.question}</h2>
      <p className="muted small">
        {card.impact
          ? "It was saved without a pain score. Until you answer, it does not count toward your next week."
          : "It was saved without a pain score."}
      </p>
      <PainScale
        legend="Pain during"
        hint="The worst it got."
        value={painDuring0to10}
        onChange={setPainDuring}
        stopThreshold0to10={plan.stopThreshold0to10}
      />
      <PainScale
        legend="Pain after"
        value={painAfter0to10}
        onChange={setPainAfter}
        stopThreshold0to10={plan.stopThreshold0to10}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={busy}>
        Save pain
      </button>
    </form>
  );
}
