import { evaluateRedFlags, formatDay } from "@backstride/domain";
import { useData } from "../app/data.tsx";
import { Page } from "../components/Page.tsx";
import { latestEvent } from "../lib/latest-event.ts";

const whom: Record<"urgent" | "soon", string> = {
  urgent: "a doctor or sports physician",
  soon: "your doctor or a physiotherapist",
};

/** What the latest safety answers mean: whom to see and by when, or that it is fine to carry on. */
export default function TriageResultScreen() {
  const { events, plan, today } = useData();
  const triage = latestEvent(events, "triage.answered");
  const hasCauses = events.some((event) => event.type === "causes.assessed");
  if (!triage) {
    return (
      <Page title="Safety check">
        <p>You have not answered the safety questions yet.</p>
        <a className="button primary" href="#/triage/onboarding">
          Answer the safety questions
        </a>
      </Page>
    );
  }
  const result = evaluateRedFlags(triage.answers, {
    today: triage.localDate,
    stopThreshold0to10: plan.stopThreshold0to10,
  });
  const next = hasCauses ? { href: "#/today", label: "Go to today's plan" } : { href: "#/causes", label: "Continue" };
  const level = result.level === "emergency" ? "urgent" : result.level;
  return (
    <Page title={result.title}>
      {level !== "none" ? (
        <div className={`flag flag-${level}`}>
          <h2>
            See {whom[level]}
            {result.seeClinicianBy ? ` by ${formatDay(result.seeClinicianBy)}` : ""}
          </h2>
          <p>
            {result.blocksRunningUntilClearance
              ? "No running until they have checked you and you have recorded their all-clear here."
              : `You can keep to your plan until then, stopping any run when pain reaches ${plan.stopThreshold0to10}/10.`}
          </p>
        </div>
      ) : (
        <div className="flag flag-ok">
          <h2>Nothing here needs a doctor right now</h2>
          <p>We will ask again at any flare-up or if new leg symptoms appear.</p>
        </div>
      )}
      <h2>What to do</h2>
      <ol>
        {result.actions.map((action) => (
          <li key={action}>{action}</li>
        ))}
      </ol>
      {result.flags.length > 0 ? (
        <>
          <h2>Why</h2>
          <ul>
            {result.flags.map((flag) => (
              <li key={flag.id}>
                <strong>{flag.text}</strong> You said yes. {flag.concern}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {triage.localDate !== today ? <p className="muted">Answered on {formatDay(triage.localDate)}.</p> : null}
      <div className="button-row">
        <a className="button primary" href={next.href}>
          {next.label}
        </a>
        {result.blocksRunningUntilClearance ? (
          <a className="button" href="#/clearance">
            Record a clinician's all-clear
          </a>
        ) : null}
      </div>
    </Page>
  );
}
