import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  /**
   * The newest link mailed to `email` (`reset` or `verify`). The e2e server runs without SMTP_URL, so
   * mails are printed to its output for the operator; this reads them there, waiting for one to appear.
   */
  mailedLink: (email: string, kind: "reset" | "verify") => Promise<string>;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not become healthy within ${timeoutMs} ms`);
}

/**
 * Starts the real server (built web app, SQLite in a fresh temporary folder) on a free port. `env`
 * adds to or overrides its environment (e.g. SMTP_URL of an SMTP server in the test process).
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "backstride-e2e-"));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repoRoot, "bin", "backstride.js"), "serve"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      BACKSTRIDE_DATA_DIR: dataDir,
      DATABASE_URL: "",
      SMTP_URL: "",
      // Links in mails open the address the browser uses, so its cookies come along.
      BACKSTRIDE_PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, 60_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  const linkIn = (email: string, kind: "reset" | "verify"): string | null => {
    const mails = log.split(`pass this on to ${email}\n`).slice(1);
    const pattern = new RegExp(`${baseUrl.replace(/[.]/g, "\\.")}/#/${kind}/[A-Za-z0-9_-]{43}`);
    for (const mail of mails.reverse()) {
      const found = pattern.exec(mail.split("[mail] not sent")[0] ?? "");
      if (found) return found[0];
    }
    return null;
  };
  return {
    baseUrl,
    dataDir,
    mailedLink: async (email, kind) => {
      for (let tries = 0; tries < 100; tries += 1) {
        const link = linkIn(email, kind);
        if (link) return link;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no ${kind} link mailed to ${email} in the server's output`);
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
