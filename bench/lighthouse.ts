/**
 * Lighthouse (mobile, the default emulation and simulated slow 4G) against the real server serving the
 * built app: the signed-out first screen and a signed-in runner's Today, three runs each, in one run.
 *   npx tsx bench/lighthouse.ts            # builds the web app first
 *   npx tsx bench/lighthouse.ts --no-build # uses apps/web/dist as it is
 * Prints each run and the median of the performance score, FCP, LCP, TBT, CLS and transferred bytes,
 * and the same first screen from a second server given the build without its .br/.gz copies.
 * Goal: performance ≥ 95 (issue 9). Needs Debian's chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";

const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const runsPerPage = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitFor<T>(what: string, attempt: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await attempt().catch(() => null);
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} not ready within ${timeoutMs} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  return exited;
}

/** The real `backstride serve` on SQLite in a fresh folder, as a self-hoster runs it. */
async function startServer(dataDir: string, webDistDir: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(repositoryRoot, "bin", "backstride.js"), "serve"], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      BACKSTRIDE_DATA_DIR: dataDir,
      BACKSTRIDE_WEB_DIST: webDistDir,
      BACKSTRIDE_LOG_LEVEL: "warn",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor("server", async () => ((await fetch(`${baseUrl}/api/health`)).ok ? true : null), 60_000);
  return { child, baseUrl };
}

/** A runner who has answered the safety questions, so Today shows a plan; returns the session cookie. */
async function signedInRunner(baseUrl: string): Promise<string> {
  const email = `lighthouse-${Date.now()}@example.test`;
  const signUp = await fetch(`${baseUrl}/api/auth/sign-up`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "correct horse battery staple", name: "Lighthouse Runner" }),
  });
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "correct horse battery staple" }),
  });
  if (!signUp.ok || !signIn.ok) throw new Error(`sign-up ${signUp.status}, sign-in ${signIn.status}`);
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const today = new Date().toISOString().slice(0, 10);
  const triage = await fetch(`${baseUrl}/api/events`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
    body: JSON.stringify({
      events: [
        {
          id: crypto.randomUUID(),
          version: 1,
          type: "triage.answered",
          occurredAt: new Date().toISOString(),
          localDate: today,
          answers: {},
          context: "onboarding",
        },
      ],
    }),
  });
  if (!triage.ok) throw new Error(`seeding the runner failed: ${triage.status} ${await triage.text()}`);
  return cookie;
}

/** Chromium with the DevTools protocol on a free port, a fresh profile each time (a first visit). */
async function startChromium() {
  const port = await freePort();
  const profileDir = mkdtempSync(join(tmpdir(), "backstride-lighthouse-"));
  const child = spawn(
    chromiumPath,
    [...chromiumFlags, `--remote-debugging-port=${port}`, `--user-data-dir=${profileDir}`, "about:blank"],
    // Its own process group, so stopping it stops its renderers and helpers too.
    { stdio: "ignore", detached: true },
  );
  await waitFor(
    "chromium",
    async () => ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok ? true : null),
    30_000,
  );
  return {
    port,
    close: async () => {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
      await exited;
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

interface Figures {
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  transferredBytes: number;
  compressionSavingsBytes: number;
}

async function audit(url: string, cookie: string | null): Promise<Figures> {
  const chromium = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!result) throw new Error("lighthouse returned nothing");
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const details = lhr.audits["uses-text-compression"]?.details as { overallSavingsBytes?: number } | undefined;
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcpMs: value("first-contentful-paint"),
      lcpMs: value("largest-contentful-paint"),
      tbtMs: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      speedIndexMs: value("speed-index"),
      transferredBytes: value("total-byte-weight"),
      compressionSavingsBytes: details?.overallSavingsBytes ?? 0,
    };
  } finally {
    await chromium.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function line(label: string, figures: Figures): string {
  return [
    label.padEnd(10),
    `performance ${String(figures.performance).padStart(3)}`,
    `FCP ${(figures.fcpMs / 1000).toFixed(2)} s`,
    `LCP ${(figures.lcpMs / 1000).toFixed(2)} s`,
    `TBT ${Math.round(figures.tbtMs)} ms`,
    `CLS ${figures.cls.toFixed(3)}`,
    `SI ${(figures.speedIndexMs / 1000).toFixed(2)} s`,
    `transferred ${(figures.transferredBytes / 1024).toFixed(1)} KiB`,
    `compression savings ${(figures.compressionSavingsBytes / 1024).toFixed(1)} KiB`,
  ].join("  ");
}

if (!existsSync(chromiumPath))
  throw new Error(`no chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
if (!process.argv.includes("--no-build")) {
  execFileSync("npm", ["run", "build:web", "--silent"], {
    cwd: repositoryRoot,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
if (!existsSync(join(repositoryRoot, "apps/web/dist/index.html"))) throw new Error("no build in apps/web/dist");

const webDistDir = join(repositoryRoot, "apps/web/dist");
const dataDir = mkdtempSync(join(tmpdir(), "backstride-lighthouse-data-"));
// The same build without its .br/.gz copies, served by a second server: what issue 9 measured (89).
const uncompressedDir = join(dataDir, "uncompressed-web");
cpSync(webDistDir, uncompressedDir, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
const server = await startServer(join(dataDir, "compressed"), webDistDir);
const uncompressed = await startServer(join(dataDir, "uncompressed"), uncompressedDir);
let failed = false;
try {
  const cookie = await signedInRunner(server.baseUrl);
  const pages = [
    { name: "first screen (signed out)", url: `${server.baseUrl}/`, cookie: null, goal: true },
    { name: "Today (signed in)", url: `${server.baseUrl}/`, cookie, goal: true },
    {
      name: "first screen, files sent uncompressed (for comparison)",
      url: `${uncompressed.baseUrl}/`,
      cookie: null,
      goal: false,
    },
  ];
  console.log(
    `Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile, ${runsPerPage} runs per page`,
  );
  for (const page of pages) {
    console.log(`\n${page.name}: ${page.url}`);
    const runs: Figures[] = [];
    for (let index = 0; index < runsPerPage; index++) {
      const figures = await audit(page.url, page.cookie);
      runs.push(figures);
      console.log(line(`run ${index + 1}`, figures));
    }
    const summary = Object.fromEntries(
      (Object.keys(runs[0] ?? {}) as (keyof Figures)[]).map((key) => [key, median(runs.map((run) => run[key]))]),
    ) as unknown as Figures;
    console.log(line("median", summary));
    if (!page.goal) continue;
    const verdict = summary.performance >= 95 ? "meets" : "MISSES";
    console.log(`${verdict} the goal: performance ≥ 95 (median ${summary.performance})`);
    if (summary.performance < 95) failed = true;
  }
} finally {
  await stop(server.child);
  await stop(uncompressed.child);
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
