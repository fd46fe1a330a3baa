import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, viewports } from "./browser.ts";
import { type RunningServer, startServer } from "./server.ts";

/** One spec file's world: its own server (fresh data folder) and its own browser. */
export interface E2eWorld {
  server: RunningServer;
  browser: Browser;
  /** A fresh browser context (own cookies and IndexedDB) at the given viewport, with a page open. */
  newRunner: (viewport?: keyof typeof viewports) => Promise<{ context: BrowserContext; page: Page }>;
  stop: () => Promise<void>;
}

/** `env` goes to the server (see startServer). */
export async function startWorld(env: Record<string, string> = {}): Promise<E2eWorld> {
  const [server, browser] = await Promise.all([startServer(env), launchBrowser()]);
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    newRunner: async (viewport = "mobile") => {
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: viewports[viewport],
        deviceScaleFactor: 1,
        hasTouch: viewport === "mobile",
        isMobile: false,
        timezoneId: "UTC",
        locale: "en-GB",
        reducedMotion: "reduce",
      });
      // Auto-waiting needs room on a busy 2-core machine; assertions never depend on how long things take.
      context.setDefaultTimeout(20_000);
      contexts.push(context);
      const page = await context.newPage();
      return { context, page };
    },
    stop: async () => {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}
