import { type FormEvent, useId, useRef, useState } from "react";
import { useData } from "../app/data.tsx";
import { Page } from "../components/Page.tsx";
import { PainScale } from "../components/PainScale.tsx";
import { TextField } from "../components/TextField.tsx";
import { YesNo } from "../components/YesNo.tsx";
import {
  type EpisodeErrors,
  type EpisodeInput,
  episodeDefaults,
  episodeReport,
  validateEpisode,
} from "../lib/episode-form.ts";
import { eventBase } from "../lib/event-base.ts";

/**
 * "Pain at the door": how the runner's back is as they arrive. Its answers decide where the plan
 * starts (relief for a fresh or painful episode) and, with leg symptoms, which safety questions lead.
 */
export default function EpisodeScreen() {
  const { plan, profile, today, addEvents } = useData();
  const [form, setForm] = useState(() => episodeDefaults(new Date(), profile.timeZone));
  const [errors, setErrors] = useState<EpisodeErrors>({});
  const [saving, setSaving] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const onsetErrorId = useId();
  const [tried, setTried] = useState(false);

  // After a first try the errors follow the answers, so a corrected answer loses its error at once.
  const update = (change: Partial<EpisodeInput>) => {
    const next = { ...form, ...change };
    setForm(next);
    if (tried) setErrors(validateEpisode(next, new Date(), profile.timeZone));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const now = new Date();
    const found = validateEpisode(form, now, profile.timeZone);
    setTried(true);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setSaving(true);
    // Onboarding moves on by itself once the event is in the log: the safety questions come next.
    await addEvents([{ ...eventBase(now, profile.timeZone), ...episodeReport(form, profile.timeZone) }]);
  };

  const count = Object.keys(errors).length;
  return (
    <Page
      title="How is your back today?"
      lead="Three quick questions, so your plan starts where your back is now. The safety questions come next."
    >
      <form onSubmit={submit} noValidate>
        <PainScale
          legend="How much does your back hurt today?"
          hint="0 is no pain, 10 the worst you can imagine."
          stopThreshold0to10={plan.stopThreshold0to10}
          value={form.pain0to10}
          onChange={(pain0to10) => update({ pain0to10 })}
        />
        {errors.pain0to10 ? <p className="field-error">{errors.pain0to10}</p> : null}
        <fieldset className="question">
          <legend>When did this bout of pain begin?</legend>
          <p className="hint muted small">A rough guess is fine. It sets how long the first calm phase lasts.</p>
          <div className="field-row">
            <TextField
              label="Day"
              type="date"
              value={form.onsetDate}
              max={today}
              onValue={(onsetDate) => update({ onsetDate })}
              aria-invalid={errors.onset ? true : undefined}
              aria-describedby={errors.onset ? onsetErrorId : undefined}
            />
            <TextField
              label="Time"
              type="time"
              value={form.onsetTime}
              onValue={(onsetTime) => update({ onsetTime })}
              aria-invalid={errors.onset ? true : undefined}
              aria-describedby={errors.onset ? onsetErrorId : undefined}
            />
          </div>
          {errors.onset ? (
            <p className="field-error" id={onsetErrorId}>
              {errors.onset}
            </p>
          ) : null}
        </fieldset>
        <YesNo
          question="Does pain, numbness or tingling go into either leg?"
          hint="If yes, the safety questions about your legs, bladder and bowel come first."
          value={form.legSymptoms ?? undefined}
          onChange={(legSymptoms) => update({ legSymptoms })}
        />
        {errors.legSymptoms ? <p className="field-error">{errors.legSymptoms}</p> : null}
        {count > 0 ? (
          <p className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
            Please check {count === 1 ? "the answer" : `the ${count} answers`} marked above.
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button primary block" disabled={saving}>
            Continue to the safety questions
          </button>
        </div>
      </form>
    </Page>
  );
}
