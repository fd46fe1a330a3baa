import { Page } from "../components/Page.tsx";

const links = [
  { href: "#/runs", title: "Runs", detail: "Every run you logged or imported." },
  { href: "#/import", title: "Import runs", detail: "From your watch or phone: FIT, GPX, TCX or a whole export." },
  { href: "#/shoes", title: "Shoes", detail: "Mileage, replace warnings, your default pair." },
  { href: "#/causes", title: "Likely causes", detail: "Your cause-finder results, or answer again." },
  { href: "#/triage/recheck", title: "Safety questions", detail: "Answer the warning-sign questions again." },
  { href: "#/clearance", title: "Clinician's all-clear", detail: "Record that a doctor or physio cleared you." },
  { href: "#/settings", title: "Settings", detail: "Units, time zone, dark mode, export, account." },
];

export default function MoreScreen() {
  return (
    <Page title="More">
      <nav aria-label="More">
        <ul className="plain-list">
          {links.map((link) => (
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
    </Page>
  );
}
