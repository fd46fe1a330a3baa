import type { ComponentType } from "react";
import { useData } from "../app/data.tsx";
import type { SessionPlayerProps } from "../app/external-screens.tsx";
import { navigate } from "../app/use-route.ts";
import { Page } from "../components/Page.tsx";

/** #/session/<taskId>: finds today's task and hands it to the session player. */
export default function SessionRoute({
  taskId,
  Player,
}: {
  taskId: string;
  Player: ComponentType<SessionPlayerProps>;
}) {
  const { plan } = useData();
  const task = plan.tasks.find((item) => item.id === taskId);
  if (!task) {
    return (
      <Page title="Session not in today's plan">
        <p>
          This session is not part of today's plan any more: the day may have changed, or the plan changed after a pain
          check-in.
        </p>
        <a className="button primary" href="#/today">
          Go to Today
        </a>
      </Page>
    );
  }
  return <Player task={task} onFinish={() => navigate("#/today")} />;
}
