import { describe, expect, it } from "vitest";
import { alertLevelWords, alertRuleLabels, hourLabel, unreadBadge, unreadLabel } from "./alerts.ts";

describe("alerts view helpers", () => {
  it("names the unread count for screen readers and caps the badge", () => {
    expect(unreadLabel(0)).toBe("Alerts, none unread");
    expect(unreadLabel(3)).toBe("Alerts, 3 unread");
    expect(unreadBadge(0)).toBeNull();
    expect(unreadBadge(7)).toBe("7");
    expect(unreadBadge(120)).toBe("99+");
  });

  it("lists every rule once, and words for levels and hours", () => {
    expect(new Set(alertRuleLabels.map((item) => item.rule)).size).toBe(8);
    expect(alertLevelWords("urgent")).toBe("Urgent");
    expect(hourLabel(7)).toBe("07:00");
  });
});
