import { lazy, type ReactNode, Suspense, useEffect } from "react";
import { AlertsBell } from "../components/AlertsBell.tsx";
import { Nav } from "../components/Nav.tsx";
import { Loading } from "../components/Status.tsx";
import { SyncIndicator } from "../components/SyncIndicator.tsx";
import { coachHomeHash, isAppHome } from "../lib/landing.ts";
import { onboardingStage } from "../lib/onboarding-stage.ts";
import { tabOf } from "../lib/route.ts";
import { AuthScreen } from "../screens/AuthScreen.tsx";
import { EmergencyScreen } from "../screens/EmergencyScreen.tsx";
import { TodayScreen } from "../screens/TodayScreen.tsx";
import { AuthProvider, useAuth } from "./auth.tsx";
import { DataProvider, useData } from "./data.tsx";
import { LazyGuide } from "./external-screens.tsx";
import { navigate, useRoute } from "./use-route.ts";

const EpisodeScreen = lazy(() => import("../screens/EpisodeScreen.tsx"));
const TriageScreen = lazy(() => import("../screens/TriageScreen.tsx"));
const TriageResultScreen = lazy(() => import("../screens/TriageResultScreen.tsx"));
const CauseFinderScreen = lazy(() => import("../screens/CauseFinderScreen.tsx"));
const ClearanceScreen = lazy(() => import("../screens/ClearanceScreen.tsx"));
const LogRunScreen = lazy(() => import("../screens/LogRunScreen.tsx"));
const RunsScreen = lazy(() => import("../screens/RunsScreen.tsx"));
const RunScreen = lazy(() => import("../screens/RunScreen.tsx"));
const ProgressScreen = lazy(() => import("../screens/ProgressScreen.tsx"));
// The pose model and its runtime load only from inside this screen, on the first check.
const FormCheckScreen = lazy(() => import("../screens/FormCheckScreen.tsx"));
const MeasuresScreen = lazy(() => import("../screens/MeasuresScreen.tsx"));
const ReportScreen = lazy(() => import("../screens/ReportScreen.tsx"));
const ImportScreen = lazy(() => import("../screens/ImportScreen.tsx"));
const ShoesScreen = lazy(() => import("../screens/ShoesScreen.tsx"));
const SettingsScreen = lazy(() => import("../screens/SettingsScreen.tsx"));
const MoreScreen = lazy(() => import("../screens/MoreScreen.tsx"));
const FlareUpScreen = lazy(() => import("../screens/FlareUpScreen.tsx"));
const SessionRoute = lazy(() => import("../screens/SessionRoute.tsx"));
const SharingScreen = lazy(() => import("../screens/SharingScreen.tsx"));
const InviteScreen = lazy(() => import("../screens/InviteScreen.tsx"));
const CoachScreen = lazy(() => import("../screens/CoachScreen.tsx"));
const CoachRunnerScreen = lazy(() => import("../screens/CoachRunnerScreen.tsx"));
const AlertsScreen = lazy(() => import("../screens/AlertsScreen.tsx"));

export function App() {
  return (
    <AuthProvider>
      <Root />
    </AuthProvider>
  );
}

function Root() {
  const { user, sessionLost } = useAuth();
  const route = useRoute();
  // The mailed links and "forgot password" work signed in or out, before onboarding takes the screen.
  const accountScreen = accountRouteScreen(route);
  if (accountScreen) return accountScreen;
  if (user === undefined) {
    return (
      <main id="main" className="page">
        <Loading />
      </main>
    );
  }
  if (user === null) return <AuthScreen mode={route.name === "sign-in" ? "sign-in" : "sign-up-or-in"} />;
  return (
    <DataProvider
      user={user}
      onSignedOut={sessionLost}
      fallback={
        <main id="main" className="page">
          <Loading />
        </main>
      }
    >
      <Shell />
    </DataProvider>
  );
}

function Shell() {
  const route = useRoute();
  const { events, plan } = useData();
  const { user } = useAuth();
  const stage = onboardingStage(events, plan);
  const isCoach = user?.roles.includes("coach") ?? false;
  // A coach's home is the roster (landing.ts); replace() so Back does not return to the bare address.
  const coachHome = isCoach && isAppHome(window.location.hash);
  useEffect(() => {
    if (coachHome) window.location.replace(coachHomeHash);
  }, [coachHome]);

  // An emergency answer takes the whole screen: nothing else competes with it.
  if (stage === "emergency" && route.name !== "clearance" && route.name !== "triage") {
    return <EmergencyScreen />;
  }

  // Onboarding screens replace the route until done; the Guide and the safety screens stay reachable.
  // Sharing and the coach's screens are about other people's care (or consent), not this runner's plan,
  // so a coach who has not onboarded as a runner reaches them too.
  // More too for a coach, so "My runners" is found where it is linked.
  const aboutOthers =
    coachHome ||
    ["sharing", "invite", "coach", "coach-runner", "alerts"].includes(route.name) ||
    (isCoach && route.name === "more");
  const causesMayWait = ["guide", "triage", "triage-result", "clearance"].includes(route.name) || aboutOthers;
  const onboarding = stage === "episode" || stage === "triage" || stage === "causes";
  let screen: ReactNode;
  // Pain at the door comes before the red-flag questions (onboarding-stage.ts says why).
  // Until the redirect to the roster lands, nothing of the runner's Today flashes up.
  if (coachHome) screen = <Loading />;
  else if (stage === "episode" && route.name !== "guide" && !aboutOthers) screen = <EpisodeScreen />;
  else if (stage === "triage" && route.name !== "guide" && !aboutOthers) screen = <TriageScreen context="onboarding" />;
  else if (stage === "causes" && !causesMayWait) screen = <CauseFinderScreen />;
  else screen = <RouteScreen />;

  // Onboarding and a running session hide the tabs: one thing at a time, and no stray tap ends a session.
  const focused = (onboarding && !aboutOthers) || route.name === "session";
  return (
    <div className={focused ? "shell shell-onboarding" : "shell"}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="topbar-brand" aria-hidden="true">
          Backstride
        </span>
        <span className="topbar-actions">
          <SyncIndicator />
          {isCoach ? <AlertsBell /> : null}
        </span>
      </header>
      {focused ? null : <Nav current={tabOf(route)} />}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>{screen}</Suspense>
      </main>
    </div>
  );
}

// Reached from a mailed link, rarely: loaded on demand so they never weigh on the first screen.
const ForgotPasswordScreen = lazy(() =>
  import("../screens/ForgotPasswordScreen.tsx").then((m) => ({ default: m.ForgotPasswordScreen })),
);
const ResetPasswordScreen = lazy(() =>
  import("../screens/ResetPasswordScreen.tsx").then((m) => ({ default: m.ResetPasswordScreen })),
);
const VerifyEmailScreen = lazy(() =>
  import("../screens/VerifyEmailScreen.tsx").then((m) => ({ default: m.VerifyEmailScreen })),
);

function accountRouteScreen(route: ReturnType<typeof useRoute>): ReactNode {
  const screen =
    route.name === "forgot-password" ? (
      <ForgotPasswordScreen />
    ) : route.name === "reset-password" ? (
      <ResetPasswordScreen token={route.token} />
    ) : route.name === "verify-email" ? (
      <VerifyEmailScreen token={route.token} />
    ) : null;
  if (screen === null) return null;
  return (
    <Suspense
      fallback={
        <main id="main" className="page">
          <Loading />
        </main>
      }
    >
      {screen}
    </Suspense>
  );
}

function RouteScreen() {
  const route = useRoute();
  switch (route.name) {
    case "today":
    case "sign-in":
    case "sign-up":
      return <TodayScreen />;
    case "checkin":
      return <TodayScreen focusCheckIn />;
    case "log":
      return <LogRunScreen />;
    case "runs":
      return <RunsScreen />;
    case "run":
      return <RunScreen id={route.id} />;
    case "progress":
      return <ProgressScreen />;
    case "form-check":
      return <FormCheckScreen />;
    case "measures":
      return <MeasuresScreen />;
    case "report":
      return <ReportScreen />;
    case "guide":
      return <LazyGuide />;
    case "more":
      return <MoreScreen />;
    case "import":
      return <ImportScreen />;
    case "shoes":
      return <ShoesScreen />;
    case "settings":
      return <SettingsScreen />;
    case "session":
      return <SessionRoute taskId={route.taskId} />;
    case "flare-up":
      return <FlareUpScreen />;
    case "triage":
      return <TriageScreen context={route.context} />;
    case "triage-result":
      return <TriageResultScreen />;
    case "causes":
      return <CauseFinderScreen />;
    case "clearance":
      return <ClearanceScreen />;
    case "sharing":
      return <SharingScreen />;
    case "invite":
      return <InviteScreen code={route.code} />;
    case "coach":
      return <CoachScreen />;
    case "coach-runner":
      return <CoachRunnerScreen runnerId={route.runnerId} />;
    case "alerts":
      return <AlertsScreen />;
    case "forgot-password":
    case "reset-password":
    case "verify-email":
      return accountRouteScreen(route);
    case "not-found":
      return (
        <div className="page">
          <h1 tabIndex={-1}>Page not found</h1>
          <p>There is nothing at this address.</p>
          <button type="button" className="button primary" onClick={() => navigate("#/today")}>
            Go to Today
          </button>
        </div>
      );
  }
}
