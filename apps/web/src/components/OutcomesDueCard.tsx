import { formatDay, type OutcomeDue } from "@backstride/domain";

/** Today's card when an outcome measure is due: one line on why, one button to the measures. */
export function OutcomesDueCard({ due }: { due: OutcomeDue | null }) {
  if (!due) return null;
  return (
    <section className="card" aria-labelledby="outcomes-due-heading">
      <h2 id="outcomes-due-heading">{due.title}</h2>
      <p>
        {due.timepoint === "baseline"
          ? "Three short questions about your pain and the activities you find hard. They show how much you improve."
          : `Due ${formatDay(due.dueDate)}. The same questions as at the start, so you and your coach can see what has changed.`}{" "}
        About 2 minutes.
      </p>
      <p>
        <a className="button primary" href="#/measures">
          Answer the questions
        </a>
      </p>
    </section>
  );
}
