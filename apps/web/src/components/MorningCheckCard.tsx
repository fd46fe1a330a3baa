import { formatDay } from "@backstride/domain";
import { PainCheckIn } from "./PainCheckIn.tsx";

/**
 * The morning after an impact session: how the back feels now decides whether today may hold impact
 * (at or above the stop, or 2+ points above the day before, means no impact today).
 */
export function MorningCheckCard({ sessionDate, headingId }: { sessionDate: string | null; headingId: string }) {
  return (
    <PainCheckIn
      headingId={headingId}
      title="How does your back feel this morning?"
      legend="Pain this morning"
      moment="morning"
      intro={`${sessionDate ? `After your session on ${formatDay(sessionDate)}, this` : "This"} morning's reading decides whether today may hold running.`}
    />
  );
}
