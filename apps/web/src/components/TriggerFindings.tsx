import type { FlareUpTriggers } from "@backstride/domain";

const one = (value: number) => value.toFixed(1);

/**
 * Next-day pain after runs with and without each trigger, as paired bars (solid: with, hatched: without,
 * so it reads in black and white), with the sentence the figures support. Triggers without enough runs
 * are listed in a line, not drawn.
 */
export function TriggerFindings({ triggers, who = "you" }: { triggers: FlareUpTriggers; who?: "you" | "runner" }) {
  const compared = triggers.results.filter((result) => result.status !== "too-few");
  const tooFew = triggers.results.filter((result) => result.status === "too-few");
  return (
    <section className="card" aria-labelledby="triggers-heading">
      <h2 id="triggers-heading">What comes before next-day pain</h2>
      <p className="muted small">
        From {triggers.observations} run{triggers.observations === 1 ? "" : "s"} with a pain reading the next day.
        Patterns in {who === "you" ? "your" : "the runner's"} log, not proof of a cause: other things change too.
      </p>
      {triggers.strongest ? (
        <p>
          <strong>{triggers.strongest.words}</strong>
        </p>
      ) : compared.length > 0 ? (
        <p>No clear pattern yet: next-day pain looks much the same whatever came before.</p>
      ) : null}
      {compared.length > 0 ? (
        <ul className="trigger-bars">
          {compared.map((result) => (
            <li key={result.trigger.id}>
              <div className="trigger-bar">
                <span>
                  {result.trigger.label}
                  {result.status === "finding" ? " ●" : ""}
                </span>
                <span className="trigger-bar-track" aria-hidden="true">
                  <span className="trigger-bar-fill" style={{ width: `${(result.meanWith ?? 0) * 10}%` }} />
                </span>
              </div>
              <div className="trigger-bar">
                <span className="muted small">without</span>
                <span className="trigger-bar-track" aria-hidden="true">
                  <span className="trigger-bar-fill without" style={{ width: `${(result.meanWithout ?? 0) * 10}%` }} />
                </span>
              </div>
              <p className="small">
                {result.status === "finding"
                  ? result.words
                  : `${result.trigger.label}: ${one(result.meanWith ?? 0)} with (${result.runsWith}) against ${one(result.meanWithout ?? 0)} without (${result.runsWithout}); no clear difference.`}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {tooFew.length > 0 ? (
        <p className="muted small">
          Not enough runs yet to compare: {tooFew.map((result) => result.trigger.label.toLowerCase()).join(", ")}. Each
          needs 4 runs with it and 4 without, each with a check-in the next day.
        </p>
      ) : null}
    </section>
  );
}
