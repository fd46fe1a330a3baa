import { evaluateRedFlags, type RedFlagQuestion, redFlagQuestions } from "@backstride/domain";
import { type FormEvent, useRef, useState } from "react";
import { useData } from "../app/data.tsx";
import { navigate } from "../app/use-route.ts";
import { Page } from "../components/Page.tsx";
import { YesNo } from "../components/YesNo.tsx";
import { eventBase } from "../lib/event-base.ts";
import type { TriageContext } from "../lib/route.ts";
import { emergencyYes, leadWithLegSymptoms, orderRedFlagQuestions } from "../lib/triage-order.ts";

const intro: Record<TriageContext, { title: string; lead: string }> = {
  onboarding: {
    title: "First, a safety check",
    lead: "A few questions about warning signs. Most back pain in runners is mechanical and gets better with the right plan, but some signs need a doctor first. Answer yes or no to each.",
  },
  "flare-up": {
    title: "Safety check after a flare-up",
    lead: "At every flare-up we ask these again, in case something new has appeared. Answer yes or no to each.",
  },
  "leg-symptoms": {
    title: "Safety check: new leg symptoms",
    lead: "You told us about new pain, numbness or tingling in a leg. Please answer these again, yes or no to each.",
  },
  recheck: {
    title: "Answer the safety questions again",
    lead: "Your latest answers replace the earlier ones. Answer yes or no to each.",
  },
};

const legsLead =
  "You told us pain, numbness or tingling goes into a leg, so the questions about your legs, bladder and bowel come first. Answer yes or no to each.";

/** The red-flag questions, asked at onboarding, after a flare-up and when new leg symptoms appear. */
export default function TriageScreen({ context }: { context: TriageContext }) {
  const { events, profile, today, addEvents } = useData();
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [missing, setMissing] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const legsFirst = leadWithLegSymptoms(context, events);
  // Fixed once the screen opens: the order must not reshuffle under the runner's thumb as events arrive.
  const [questions] = useState(() => orderRedFlagQuestions(redFlagQuestions, legsFirst));

  const save = async (final: Record<string, boolean>) => {
    setSaving(true);
    await addEvents([{ ...eventBase(new Date(), profile.timeZone), type: "triage.answered", answers: final, context }]);
    const level = evaluateRedFlags(final, { today }).level;
    // An emergency takes the whole screen from Today (the shell shows it wherever the runner goes).
    navigate(level === "emergency" ? "#/today" : "#/triage-result");
  };

  const answer = (question: RedFlagQuestion, yes: boolean) => {
    const next = { ...answers, [question.id]: yes };
    setAnswers(next);
    // The first emergency "yes" is saved with the answers so far and sent to the emergency page at
    // once: the runner should be on their way, not answering twenty more questions. Unanswered
    // questions count as "no" in the record, and the questions are asked again after the all-clear.
    if (emergencyYes(question, yes) && !saving) void save(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unanswered = questions.filter((question) => answers[question.id] === undefined);
    if (unanswered.length > 0) {
      // Every question gets an explicit answer: a skipped warning sign is the one thing we cannot afford.
      setMissing(unanswered.length);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setMissing(null);
    await save(answers);
  };

  const { title } = intro[context];
  const lead = legsFirst && context === "onboarding" ? legsLead : intro[context].lead;
  return (
    <Page title={title} lead={lead}>
      <form onSubmit={submit} noValidate>
        {questions.map((question) => (
          <YesNo
            key={question.id}
            question={question.text}
            hint={question.hint}
            value={answers[question.id]}
            onChange={(yes) => answer(question, yes)}
          />
        ))}
        {missing ? (
          <p className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
            Please answer every question: {missing} {missing === 1 ? "is" : "are"} still open.
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button primary block" disabled={saving}>
            Save answers
          </button>
        </div>
      </form>
    </Page>
  );
}
