import { causeQuestions, formatDay, type RankedCause, rankCauses } from "@backstride/domain";
import { type FormEvent, useRef, useState } from "react";
import { useData } from "../app/data.tsx";
import { navigate } from "../app/use-route.ts";
import { CauseFinderLogNote } from "../components/CauseFinderLogNote.tsx";
import { FormCheckCauseNote } from "../components/FormCheckCauseNote.tsx";
import { Page } from "../components/Page.tsx";
import { YesNo } from "../components/YesNo.tsx";
import { eventBase } from "../lib/event-base.ts";
import { latestEvent } from "../lib/latest-event.ts";

/**
 * The cause finder: the article's signs as plain yes/no questions, then the likely causes ranked, why
 * each happens and what the plan does about it. The latest answers are shown until the runner redoes it.
 */
export default function CauseFinderScreen() {
  const { events } = useData();
  const latest = latestEvent(events, "causes.assessed");
  const [editing, setEditing] = useState(latest === undefined);
  if (!editing && latest) {
    return <CauseResults answers={latest.answers} assessedOn={latest.localDate} onRedo={() => setEditing(true)} />;
  }
  return <CauseQuestions onSaved={() => setEditing(false)} />;
}

function CauseQuestions({ onSaved }: { onSaved: () => void }) {
  const { profile, addEvents } = useData();
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [missing, setMissing] = useState<number | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const open = causeQuestions.filter((question) => answers[question.id] === undefined).length;
    if (open > 0) {
      setMissing(open);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    await addEvents([{ ...eventBase(new Date(), profile.timeZone), type: "causes.assessed", answers }]);
    onSaved();
    navigate("#/causes");
  };

  return (
    <Page
      title="What may be causing it"
      lead="Think about your recent runs. Each question is one of the usual signs; answer yes or no. There are no wrong answers."
    >
      <CauseFinderLogNote />
      <FormCheckCauseNote />
      <form onSubmit={submit} noValidate>
        {causeQuestions.map((question) => (
          <YesNo
            key={question.id}
            question={question.text}
            value={answers[question.id]}
            onChange={(yes) => setAnswers((current) => ({ ...current, [question.id]: yes }))}
          />
        ))}
        {missing ? (
          <p className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
            Please answer every question: {missing} {missing === 1 ? "is" : "are"} still open.
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button primary block">
            See my likely causes
          </button>
        </div>
      </form>
    </Page>
  );
}

function CauseCard({ ranked, rank }: { ranked: RankedCause; rank: number }) {
  const { cause, score, matchedSigns } = ranked;
  return (
    <article className="card">
      <h3>
        {rank}. {cause.name}
      </h3>
      <p className="muted small">Matched {Math.round(score * 100)}% of its signs.</p>
      <p>
        <strong>Why it hurts:</strong> {cause.why}
      </p>
      {matchedSigns.length > 0 ? (
        <>
          <p className="field-label">You said yes to</p>
          <ul>
            {matchedSigns.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="field-label">What your plan does about it</p>
      <ul>
        {cause.fixes.map((fix) => (
          <li key={fix.title}>
            <strong>{fix.title}:</strong> {fix.detail}
          </li>
        ))}
      </ul>
    </article>
  );
}

function CauseResults({
  answers,
  assessedOn,
  onRedo,
}: {
  answers: Record<string, boolean>;
  assessedOn: string;
  onRedo: () => void;
}) {
  const ranked = rankCauses(answers);
  const likely = ranked.filter((item) => item.score > 0);
  const others = ranked.filter((item) => item.score === 0);
  return (
    <Page title="Your likely causes" lead={`From your answers on ${formatDay(assessedOn)}. Most likely first.`}>
      {likely.length === 0 ? (
        <div className="flag">
          <h2>No single cause stands out</h2>
          <p>
            None of the usual signs fit. Your plan still works on all five: core, glutes and hamstrings, hip mobility,
            cadence and shoes.
          </p>
        </div>
      ) : (
        <section aria-labelledby="likely-heading">
          <h2 id="likely-heading">Most likely</h2>
          {likely.map((item, index) => (
            <CauseCard key={item.cause.id} ranked={item} rank={index + 1} />
          ))}
        </section>
      )}
      {others.length > 0 ? (
        <details className="card">
          <summary>Other causes you can read about ({others.length})</summary>
          {others.map((item) => (
            <div key={item.cause.id}>
              <h3>{item.cause.name}</h3>
              <p>{item.cause.why}</p>
            </div>
          ))}
        </details>
      ) : null}
      <div className="button-row">
        <a className="button primary" href="#/today">
          Start my plan
        </a>
        <button type="button" className="button" onClick={onRedo}>
          Answer again
        </button>
      </div>
    </Page>
  );
}
