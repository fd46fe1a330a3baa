import type { SourceRef } from "@backstride/domain";
import { dosageText, type GuideEntry, uniqueSources } from "./guide-content.ts";

/** Where a rule comes from: the labels always visible, what each source found one tap away. */
export function SourceNote({ sources }: { sources: readonly SourceRef[] }) {
  const list = uniqueSources(sources);
  if (list.length === 0) return null;
  const withFindings = list.filter((source) => source.finding);
  const labels = list.map((source) => source.label).join("; ");
  if (withFindings.length === 0) {
    return <p className="guide-sources">Source: {labels}</p>;
  }
  return (
    <details className="guide-sources">
      <summary>
        {list.length === 1 ? "Source" : "Sources"}: {labels}
      </summary>
      <ul>
        {withFindings.map((source) => (
          <li key={source.id}>
            <cite>{source.label}</cite>: {source.finding}
          </li>
        ))}
      </ul>
    </details>
  );
}

function minutes(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

const levelWords = { emergency: "Emergency", urgent: "Within days", soon: "Soon" } as const;

/** One entry of the guide: an article with an h3, rendered by kind. */
export function GuideEntryView({ entry }: { entry: GuideEntry }) {
  const headingId = `${entry.id}-title`;
  switch (entry.kind) {
    case "cause": {
      const { cause } = entry;
      return (
        <article className="guide-entry" id={entry.id} aria-labelledby={headingId}>
          <h3 id={headingId}>{cause.name}</h3>
          <p>{cause.why}</p>
          <h4>Signs</h4>
          <ul>
            {cause.signs.map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
          <h4>What helps</h4>
          <ul>
            {cause.fixes.map((fix) => (
              <li key={fix.title}>
                <strong>{fix.title}.</strong> {fix.detail}
              </li>
            ))}
          </ul>
          <SourceNote sources={cause.sources} />
        </article>
      );
    }
    case "item": {
      const item = entry.item as typeof entry.item & { pros?: string[]; cons?: string[] };
      return (
        <article className="guide-entry" id={entry.id} aria-labelledby={headingId}>
          <h3 id={headingId}>{item.title}</h3>
          <p className="guide-summary">{item.summary}</p>
          <ul>
            {item.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          {item.pros && item.cons ? (
            <div className="guide-pros-cons">
              <div>
                <h4>Good</h4>
                <ul>
                  {item.pros.map((pro) => (
                    <li key={pro}>{pro}</li>
                  ))}
                </ul>
              </div>
              <div>
                <h4>Not so good</h4>
                <ul>
                  {item.cons.map((con) => (
                    <li key={con}>{con}</li>
                  ))}
                </ul>
              </div>
            </div>
          ) : null}
          {item.caveats && item.caveats.length > 0 ? (
            <div className="guide-caveats">
              <h4>Good to know</h4>
              <ul>
                {item.caveats.map((caveat) => (
                  <li key={caveat}>{caveat}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <SourceNote sources={item.sources} />
        </article>
      );
    }
    case "relief-task": {
      const { task } = entry;
      const dose = [
        task.durationSeconds ? minutes(task.durationSeconds) : null,
        task.timesPerDay ? `${task.timesPerDay} ${task.timesPerDay === 1 ? "time" : "times"} a day` : null,
      ]
        .filter(Boolean)
        .join(", ");
      return (
        <article className="guide-entry" id={entry.id} aria-labelledby={headingId}>
          <h3 id={headingId}>{task.title}</h3>
          {dose ? <p className="guide-dose">{dose}</p> : null}
          <p>{task.detail}</p>
          <SourceNote sources={task.sources} />
        </article>
      );
    }
    case "avoid":
      return (
        <article className="guide-entry" id={entry.id} aria-labelledby={headingId}>
          <h3 id={headingId}>{entry.title}</h3>
          <ul>
            {entry.avoid.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
          <SourceNote sources={entry.sources} />
        </article>
      );
    case "exercise": {
      const { exercise } = entry;
      return (
        <article className="guide-entry" id={entry.id} aria-labelledby={headingId}>
          <h3 id={headingId}>
            {exercise.name}
            {exercise.optional ? <span className="guide-badge">Optional</span> : null}
          </h3>
          <p className="guide-dose">
            {dosageText(exercise)}
            {exercise.equipment ? ` · ${exercise.equipment}` : ""}
          </p>
          <ol>
            {exercise.howTo.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p>
            <strong>What to feel:</strong> {exercise.feel}
          </p>
          <SourceNote sources={exercise.sources} />
        </article>
      );
    }
    case "return-table":
      return (
        <article className="guide-entry" id={entry.id} aria-labelledby={headingId}>
          <h3 id={headingId}>{entry.title}</h3>
          <div className="guide-table-wrap">
            <table className="guide-table">
              <caption className="visually-hidden">Walk/run plan for each week, with the week's key task</caption>
              <thead>
                <tr>
                  <th scope="col">Week</th>
                  <th scope="col">Running plan</th>
                  <th scope="col">Key task</th>
                </tr>
              </thead>
              <tbody>
                {entry.weeks.map((week) => (
                  <tr key={week.week}>
                    <th scope="row">{week.week}</th>
                    <td>
                      Run {minutes(week.runSeconds)}, walk {minutes(week.walkSeconds)} × {week.rounds} rounds,{" "}
                      {week.sessionsPerWeek} times a week
                    </td>
                    <td>
                      <strong>{week.prep.title}.</strong> {week.prep.detail}
                    </td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">4+</th>
                  <td colSpan={2}>
                    <ul>
                      {entry.weekFourPlus.map((rule) => (
                        <li key={rule}>{rule}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <SourceNote sources={entry.sources} />
        </article>
      );
    case "rule":
      return (
        <article className="guide-entry guide-rule" id={entry.id} aria-labelledby={headingId}>
          <h3 id={headingId}>{entry.title}</h3>
          <ul>
            {entry.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <SourceNote sources={entry.sources} />
        </article>
      );
    case "question": {
      const { question } = entry;
      return (
        <article className="guide-entry" id={entry.id} aria-labelledby={headingId}>
          <h3 id={headingId}>{question.question}</h3>
          <p className="guide-summary">{question.shortAnswer}</p>
          <p>{question.answer}</p>
          <SourceNote sources={question.sources} />
        </article>
      );
    }
    case "red-flags":
      return (
        <article
          className={`guide-entry guide-flags guide-flags-${entry.level}`}
          id={entry.id}
          aria-labelledby={headingId}
        >
          <p className="guide-level">{levelWords[entry.level]}</p>
          <h3 id={headingId}>{entry.result.title}</h3>
          <h4>If you have any of these</h4>
          <ul>
            {entry.questions.map((question) => (
              <li key={question.id}>
                {question.text}
                {question.hint ? <span className="guide-hint"> {question.hint}</span> : null}
              </li>
            ))}
          </ul>
          <h4>What to do</h4>
          <ol>
            {entry.result.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ol>
          <SourceNote sources={entry.questions.flatMap((question) => question.sources)} />
        </article>
      );
  }
}
