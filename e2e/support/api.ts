import { randomUUID } from "node:crypto";
import type { APIRequestContext, BrowserContext } from "playwright-core";

/** A stored event as the API returns it; only the fields the tests read. */
export interface StoredEvent {
  id: string;
  type: string;
  localDate: string;
  [field: string]: unknown;
}

/**
 * The runner's side of the HTTP API, through the browser context's own request client: it shares the
 * context's cookies, so an account made here is the one the page is signed in as.
 */
export class RunnerApi {
  private csrfToken = "";

  constructor(private readonly request: APIRequestContext) {}

  static of(context: BrowserContext): RunnerApi {
    return new RunnerApi(context.request);
  }

  /** Sign-up answers "check your inbox" and signs no one in; the sign-in after it does. */
  async signUp(name: string, email: string, password = "a calm run every other day"): Promise<void> {
    const created = await this.request.post("/api/auth/sign-up", { data: { name, email, password } });
    if (created.status() !== 202) throw new Error(`sign-up failed: ${created.status()} ${await created.text()}`);
    const response = await this.request.post("/api/auth/sign-in", { data: { email, password } });
    if (!response.ok()) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
    this.csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** Posts events; each one must be created (not invalid, not a conflict). */
  async postEvents(events: Record<string, unknown>[]): Promise<void> {
    if (!this.csrfToken) {
      const session = await this.request.get("/api/auth/session");
      this.csrfToken = ((await session.json()) as { csrfToken: string }).csrfToken;
    }
    const response = await this.request.post("/api/events", {
      data: { events },
      headers: { "x-csrf-token": this.csrfToken },
    });
    if (!response.ok()) throw new Error(`POST /api/events: ${response.status()} ${await response.text()}`);
    const { results } = (await response.json()) as { results: { status: string; message?: string }[] };
    const refused = results.filter((result) => result.status !== "created");
    if (refused.length > 0) throw new Error(`events refused: ${JSON.stringify(refused)}`);
  }

  /** Every event the server holds for this runner, following the cursor. */
  async events(): Promise<StoredEvent[]> {
    const all: StoredEvent[] = [];
    let after: string | undefined;
    for (;;) {
      const response = await this.request.get(`/api/events${after ? `?after=${after}` : ""}`);
      if (!response.ok()) throw new Error(`GET /api/events: ${response.status()}`);
      const page = (await response.json()) as { events: StoredEvent[]; nextCursor: string; hasMore: boolean };
      all.push(...page.events);
      if (!page.hasMore) return all;
      after = page.nextCursor;
    }
  }

  async importFile(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    if (!this.csrfToken) {
      const session = await this.request.get("/api/auth/session");
      this.csrfToken = ((await session.json()) as { csrfToken: string }).csrfToken;
    }
    const response = await this.request.post("/api/imports", {
      multipart: { file: { name, mimeType, buffer } },
      headers: { "x-csrf-token": this.csrfToken },
    });
    if (!response.ok()) throw new Error(`POST /api/imports: ${response.status()} ${await response.text()}`);
  }
}

/** Event builders for logs posted through the API: one event at noon UTC on its day. */
export const events = {
  base(localDate: string, hour = 12) {
    return {
      id: randomUUID(),
      version: 1,
      occurredAt: `${localDate}T${String(hour).padStart(2, "0")}:00:00Z`,
      localDate,
    };
  },
  /**
   * Red-flag questions (all "no" unless given) and the cause finder, both on one day, in its first minute:
   * onboarded "today" must come before whatever the page does next at the real clock, or the engine's
   * order (day, then instant) would put a check-in or session before the onboarding it followed.
   */
  onboard(localDate: string, redFlags: Record<string, boolean> = {}): Record<string, unknown>[] {
    return [
      { ...this.base(localDate, 0), type: "triage.answered", answers: redFlags, context: "onboarding" },
      {
        ...this.base(localDate, 0),
        occurredAt: `${localDate}T00:00:30Z`,
        type: "causes.assessed",
        answers: { "pain-after-5km": true },
      },
    ];
  },
  walkRun(localDate: string, pain0to10 = 1): Record<string, unknown> {
    return {
      ...this.base(localDate, 17),
      type: "session.completed",
      kind: "walk-run",
      durationSeconds: 1500,
      endedEarly: false,
      painDuring0to10: pain0to10,
      painAfter0to10: pain0to10,
    };
  },
  run(localDate: string, distanceMeters: number): Record<string, unknown> {
    return {
      ...this.base(localDate, 7),
      type: "run.logged",
      distanceMeters,
      durationSeconds: Math.round(distanceMeters * 0.36),
      surface: "asphalt",
      source: "manual",
      painDuring0to10: 1,
      painAfter0to10: 1,
    };
  },
};
