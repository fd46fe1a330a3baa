/**
 * The app's routes, as hash fragments (`#/runs/abc`). A hash router needs no server rewrite rules and
 * works from the service worker's cached index.html with no signal.
 */

export type TriageContext = "onboarding" | "flare-up" | "leg-symptoms" | "recheck";

export type Route =
  | { name: "today" }
  | { name: "log" }
  | { name: "runs" }
  | { name: "run"; id: string }
  | { name: "progress" }
  | { name: "form-check" }
  | { name: "measures" }
  | { name: "report" }
  | { name: "guide" }
  | { name: "more" }
  | { name: "import" }
  | { name: "shoes" }
  | { name: "settings" }
  | { name: "session"; taskId: string }
  | { name: "checkin" }
  | { name: "flare-up" }
  | { name: "triage"; context: TriageContext }
  | { name: "triage-result" }
  | { name: "causes" }
  | { name: "clearance" }
  | { name: "sign-in" }
  | { name: "sign-up" }
  | { name: "forgot-password" }
  | { name: "reset-password"; token: string }
  | { name: "verify-email"; token: string }
  | { name: "sharing" }
  | { name: "invite"; code: string }
  | { name: "coach" }
  | { name: "alerts" }
  | { name: "coach-runner"; runnerId: string }
  | { name: "not-found"; path: string };

const simple = [
  "today",
  "log",
  "runs",
  "progress",
  "form-check",
  "measures",
  "report",
  "guide",
  "more",
  "import",
  "shoes",
  "settings",
  "checkin",
  "flare-up",
  "triage-result",
  "causes",
  "clearance",
  "sign-in",
  "sign-up",
  "forgot-password",
  "sharing",
  "coach",
  "alerts",
] as const;
type SimpleName = (typeof simple)[number];

const triageContexts: readonly TriageContext[] = ["onboarding", "flare-up", "leg-symptoms", "recheck"];

function isSimple(name: string): name is SimpleName {
  return (simple as readonly string[]).includes(name);
}

/** `#/runs/abc` → `{ name: "run", id: "abc" }`. Unknown paths give "not-found", never a throw. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, "").replace(/^\/+/, "").replace(/\/+$/, "");
  if (path === "") return { name: "today" };
  const parts = path.split("/").map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  const [head, arg, ...rest] = parts;
  if (head === undefined || rest.length > 0) return { name: "not-found", path };
  if (arg === undefined) {
    if (head === "triage") return { name: "triage", context: "onboarding" };
    return isSimple(head) ? { name: head } : { name: "not-found", path };
  }
  if (arg === "") return { name: "not-found", path };
  if (head === "runs") return { name: "run", id: arg };
  if (head === "session") return { name: "session", taskId: arg };
  if (head === "coach") return { name: "coach-runner", runnerId: arg };
  // The link a coach sends with an invite code: #/invite/<code>.
  if (head === "invite") return { name: "invite", code: arg };
  // The links Backstride mails: #/reset/<token> and #/verify/<token>.
  if (head === "reset") return { name: "reset-password", token: arg };
  if (head === "verify") return { name: "verify-email", token: arg };
  if (head === "triage" && (triageContexts as readonly string[]).includes(arg)) {
    return { name: "triage", context: arg as TriageContext };
  }
  return { name: "not-found", path };
}

/** The inverse of parseHash: the `href` for a link to a route. */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case "run":
      return `#/runs/${encodeURIComponent(route.id)}`;
    case "session":
      return `#/session/${encodeURIComponent(route.taskId)}`;
    case "triage":
      return `#/triage/${route.context}`;
    case "coach-runner":
      return `#/coach/${encodeURIComponent(route.runnerId)}`;
    case "invite":
      return `#/invite/${encodeURIComponent(route.code)}`;
    case "reset-password":
      return `#/reset/${encodeURIComponent(route.token)}`;
    case "verify-email":
      return `#/verify/${encodeURIComponent(route.token)}`;
    case "not-found":
      return `#/${route.path}`;
    default:
      return `#/${route.name}`;
  }
}

/** Which tab of the bottom bar / side nav a route belongs to, so the right one is marked current. */
export type Tab = "today" | "log" | "progress" | "guide" | "more";

export function tabOf(route: Route): Tab {
  switch (route.name) {
    case "log":
    case "runs":
    case "run":
      return "log";
    case "progress":
    case "form-check":
    case "measures":
    case "report":
      return "progress";
    case "guide":
      return "guide";
    case "more":
    case "import":
    case "shoes":
    case "settings":
    case "sharing":
    case "invite":
    case "coach":
    case "coach-runner":
    case "alerts":
      return "more";
    default:
      return "today";
  }
}
