import type { CliIo, Command } from "./cli-io.ts";
import { processIo } from "./process-io.ts";

/** Each command is its own module, loaded only when asked for (the server stack is not needed by `analyze`). */
const commands: Record<string, { path: string; summary: string }> = {
  serve: { path: "./commands/serve.ts", summary: "run the server (API and web app), migrating first" },
  migrate: { path: "./commands/migrate.ts", summary: "apply database migrations" },
  backup: { path: "./commands/backup.ts", summary: "backup FILE: online SQLite backup (PostgreSQL: use pg_dump)" },
  restore: { path: "./commands/restore.ts", summary: "restore FILE: replace the SQLite database (server stopped)" },
  "create-user": {
    path: "./commands/create-user.ts",
    summary: "create-user --email E --name N [--role coach] [--password-stdin]",
  },
  plan: { path: "./commands/plan.ts", summary: "print the plan for an event log" },
  triage: { path: "./commands/triage.ts", summary: "answer the red-flag questions" },
  analyze: { path: "./commands/analyze.ts", summary: "analyze FILE... [--json]: summarise activity files" },
};

const usageLine = `usage: backstride <${[...Object.keys(commands), "help"].join("|")}> [args]\n`;

function help(io: CliIo): number {
  io.stdout(usageLine);
  for (const [name, { summary }] of Object.entries(commands)) io.stdout(`  ${name.padEnd(12)} ${summary}\n`);
  io.stdout(
    "Environment: PORT (3000), BACKSTRIDE_DATA_DIR (./data), DATABASE_URL (PostgreSQL), BACKSTRIDE_SECURE_COOKIES=1\n",
  );
  return 0;
}

/** `npx backstride ...`: returns the exit code; never lets a stack trace reach the terminal. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    if (name === undefined) {
      io.stderr(usageLine);
      return 2;
    }
    return help(io);
  }
  const entry = commands[name];
  if (!entry) {
    io.stderr(usageLine);
    return 2;
  }
  try {
    const module = (await import(entry.path)) as { run?: Command };
    if (typeof module.run !== "function") {
      io.stderr(`backstride ${name}: not available in this build.\n`);
      return 1;
    }
    return await module.run(args, io);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "ERR_MODULE_NOT_FOUND" && String((error as Error).message).includes(entry.path.slice(2))
        ? "not available in this build"
        : error instanceof Error
          ? error.message.split("\n")[0]
          : String(error);
    io.stderr(`backstride ${name}: ${message}\n`);
    return 1;
  }
}
