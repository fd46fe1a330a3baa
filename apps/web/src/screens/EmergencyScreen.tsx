import { useData } from "../app/data.tsx";

/**
 * An emergency answer takes the whole screen, with nothing else competing: go now, how, and what to
 * say on arrival. The plan stays blocked until a clinician's all-clear is recorded.
 */
export function EmergencyScreen() {
  const { plan } = useData();
  const flag = plan.redFlag;
  const actions = flag?.actions ?? [];
  const say = actions.find((action) => action.startsWith("Tell them"));
  return (
    <div className="emergency">
      <main id="main" className="page">
        <h1 tabIndex={-1}>{flag?.title ?? "Go to emergency care now"}</h1>
        <p>
          <strong>Your answers point to a problem that needs a doctor today, not a training plan.</strong> Backstride
          has stopped your plan.
        </p>
        <ol>
          {actions
            .filter((action) => action !== say)
            .map((action) => (
              <li key={action}>{action}</li>
            ))}
        </ol>
        {say ? (
          <div className="say">
            <h2>What to say when you arrive</h2>
            <p>{say.replace(/^Tell them:\s*/, "")}</p>
          </div>
        ) : null}
        {flag && flag.flags.length > 0 ? (
          <>
            <h2>Because you said yes to</h2>
            <ul>
              {flag.flags.map((question) => (
                <li key={question.id}>{question.text}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h2>After you have been seen</h2>
        <div className="button-row">
          <a className="button primary" href="#/clearance">
            Record a clinician's all-clear
          </a>
          <a className="button" href="#/triage/recheck">
            I answered by mistake
          </a>
        </div>
      </main>
    </div>
  );
}
