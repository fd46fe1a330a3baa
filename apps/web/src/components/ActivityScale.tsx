import { useId } from "react";

const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * A 0-10 ability score for one activity (Patient-Specific Functional Scale): the pain scale's large
 * radio buttons, but read the other way (0 cannot do it, 10 as before), so no stop line and its own words.
 */
export function ActivityScale({
  activity,
  value,
  onChange,
}: {
  activity: string;
  value: number | null;
  onChange: (score0to10: number) => void;
}) {
  const id = useId();
  return (
    <fieldset className="pain-scale">
      <legend className="field-label">How well can you {activity} now?</legend>
      <div className="pain-options">
        {scores.map((score) => (
          <label key={score} className="pain-option">
            <input
              type="radio"
              name={`activity-${id}`}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
            />
            <span className="pain-box">
              {score}
              <span className="visually-hidden">
                {score === 0 ? " – cannot do it" : score === 10 ? " – as before the pain" : ""}
              </span>
            </span>
          </label>
        ))}
      </div>
      <ul className="pain-anchors" aria-hidden="true">
        <li>0 = Cannot do it</li>
        <li>10 = As before the pain</li>
      </ul>
      <p className={value === null ? "pain-choice empty" : "pain-choice"} aria-live="polite">
        {value === null ? "Not chosen yet" : `${value} out of 10`}
      </p>
    </fieldset>
  );
}
