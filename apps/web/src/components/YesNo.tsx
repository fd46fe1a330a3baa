import { useId } from "react";

/** One plain yes/no question as two large radio buttons, with an optional hint. */
export function YesNo({
  question,
  hint,
  value,
  onChange,
}: {
  question: string;
  hint?: string;
  value: boolean | undefined;
  onChange: (yes: boolean) => void;
}) {
  const id = useId();
  return (
    <fieldset className="question" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{question}</legend>
      {hint ? (
        <p className="hint muted small" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="yes-no">
        <label>
          <input type="radio" name={id} checked={value === true} onChange={() => onChange(true)} />
          <span className="yes-no-box">Yes</span>
        </label>
        <label>
          <input type="radio" name={id} checked={value === false} onChange={() => onChange(false)} />
          <span className="yes-no-box">No</span>
        </label>
      </div>
    </fieldset>
  );
}
