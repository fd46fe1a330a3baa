import { useId } from "react";
import { painAdvice, painAnchors, painLabel, painWord } from "../lib/pain-scale.ts";

export interface PainScaleProps {
  /** The question, e.g. "Pain during the run". Becomes the group's legend. */
  legend: string;
  value: number | null;
  onChange: (pain0to10: number) => void;
  /** Form field name; defaults to a unique one so several scales can share a page. */
  name?: string;
  /** The protocol's stop line (3 by default); scores at or above it are marked. */
  stopThreshold0to10?: number;
  /** Show the one-line advice for the chosen score. */
  showAdvice?: boolean;
  /** Optional hint under the legend. */
  hint?: string;
}

const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * Pain asked the same way everywhere: 0-10 as eleven large radio buttons, with the words at the
 * anchors (0 none, 3 stop running, 10 worst imaginable). Arrow keys move between scores.
 */
export function PainScale({
  legend,
  value,
  onChange,
  name,
  stopThreshold0to10 = 3,
  showAdvice = false,
  hint,
}: PainScaleProps) {
  const id = useId();
  const groupName = name ?? `pain-${id}`;
  const hintId = `${id}-hint`;
  const choiceId = `${id}-choice`;
  return (
    <fieldset className="pain-scale" aria-describedby={hint ? hintId : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p className="hint muted small" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="pain-options">
        {scores.map((score) => (
          <label key={score} className={score === stopThreshold0to10 ? "pain-option stop-line" : "pain-option"}>
            <input
              type="radio"
              name={groupName}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
            />
            <span className={score >= stopThreshold0to10 ? "pain-box at-or-over" : "pain-box"}>
              {score}
              <span className="visually-hidden"> – {painWord(score)}</span>
            </span>
          </label>
        ))}
      </div>
      <ul className="pain-anchors" aria-hidden="true">
        <li>0 = {painAnchors[0]}</li>
        <li>
          {stopThreshold0to10} = {stopThreshold0to10 === 3 ? painAnchors[3] : "Stop running"}
        </li>
        <li>10 = {painAnchors[10]}</li>
      </ul>
      <p className={value === null ? "pain-choice empty" : "pain-choice"} id={choiceId} aria-live="polite">
        {value === null ? "Not chosen yet" : painLabel(value)}
        {value !== null && showAdvice ? (
          <span className="muted"> · {painAdvice(value, stopThreshold0to10)}</span>
        ) : null}
      </p>
    </fieldset>
  );
}
