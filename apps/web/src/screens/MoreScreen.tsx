import { formatDay } from "@backstride/domain";
import { useAuth } from "../app/auth.tsx";
import { useData } from "../app/data.tsx";
import { Page } from "../components/Page.tsx";

const eventWords: Record<string, string> = {
  "triage.answered": "Safety answers",
  "causes.assessed": "Cause-finder answers",
  "session.completed": "Session",
  "run.logged": "Run",
  "pain.checkin": "Pain check-in",
  "flare-up.reported": "Flare-up",
  "clearance.recorded": "Clinician's all-clear",
  "coach.adjustment": "Coach change",
};

/** Entries the server refused (an id clash or a value it could not read): kept on the phone and listed. */
function HeldEntries() {
  const { held } = useData();
  if (held.length === 0) return null;
  return (
    <section className="card" aria-labelledby="held-heading">
      <h2 id="held-heading">Not accepted by the server</h2>
      <p>These entries are kept on this phone but the server did not take them. They still count in your plan here.</p>
      <ul>
        {held.map((item) => (
          <li key={item.event.id}>
            {eventWords[item.event.type] ?? item.event.type}, {formatDay(item.event.localDate)}: {item.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

const coachLink = { href: "#/coach", title: "My runners", detail: "Invite a runner, see who needs a look first." };

const links = [
  {
    href: "#/sharing",
    title: "Coaches and sharing",
    detail: "Give a coach or physio access, see who looked, messages.",
  },
  { href: "#/runs", title: "Runs", detail: "Every run you logged or imported." },
  { href: "#/import", title: "Import runs", detail: "From your watch or phone: FIT, GPX, TCX or a whole export." },
  { href: "#/shoes", title: "Shoes", detail: "Mileage, replace warnings, your default pair." },
  { href: "#/causes", title: "Likely causes", detail: "Your cause-finder results, or answer again." },
  { href: "#/triage/recheck", title: "Safety questions", detail: "Answer the warning-sign questions again." },
  { href: "#/clearance", title: "Clinician's all-clear", detail: "Record that a doctor or physio cleared you." },
  { href: "#/settings", title: "Settings", detail: "Units, time zone, dark mode, export, account." },
];

export default function MoreScreen() {
  const { user } = useAuth();
  const shown = user?.roles.includes("coach") ? [coachLink, ...links] : links;
  return (
    <Page title="More">
      <nav aria-label="More">
        <ul className="plain-list">
          {shown.map((link) => (
            <li key={link.href}>
              <a className="row-link" href={link.href}>
                <span>
                  <strong>{link.title}</strong>
                  <span className="muted">{link.detail}</span>
                </span>
                <span aria-hidden="true">›</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <HeldEntries />
    </Page>
  );
}
