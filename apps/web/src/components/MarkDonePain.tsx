import { useId, useState } from "react";
import { PainScale } from "./PainScale.tsx";
import "./pain-cards.css";

export interface MarkDonePainProps {
  /** The task's title, for the form's name ("Pain for Walk/run, week 1"). */
  title: string;
  stopThreshold0to10: number;
  busy: boolean;
  /** Saves the session with whatever was answered; null stays unknown (Today asks again later). */
  onSave: (answers: { painDuring0to10: number | null; painAfter0to10: number | null }) => void;
  onCancel: () => void;
}

/**
 * "Mark done" asks the same two pain questions as the player before it saves, on the card itself.
 * "I'll answer later" saves without pain: unknown, never a stop, and Today asks again.
 */
export function MarkDonePain({ title, stopThreshold0to10, busy, onSave, onCancel }: MarkDonePainProps) {
  const id = useId();
  const [painDuring0to10, setPainDuring] = useState<number | null>(null);
  const [painAfter0to10, setPainAfter] = useState<number | null>(null);
  return (
    <form
      className="mark-done-pain"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ painDuring0to10, painAfter0to10 });
      }}
    >
      <h4 id={`${id}-title`}>
        <span className="visually-hidden">{title}: </span>How was the pain?
      </h4>
      <PainScale
        legend="Pain during"
        hint="The worst it got."
        value={painDuring0to10}
        onChange={setPainDuring}
        stopThreshold0to10={stopThreshold0to10}
      />
      <PainScale
        legend="Pain after"
        value={painAfter0to10}
        onChange={setPainAfter}
        stopThreshold0to10={stopThreshold0to10}
      />
      <div className="button-row">
        <button
          type="submit"
          className="button primary"
          disabled={busy || (painDuring0to10 === null && painAfter0to10 === null)}
        >
          Save as done
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => onSave({ painDuring0to10: null, painAfter0to10: null })}
        >
          I'll answer later
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
