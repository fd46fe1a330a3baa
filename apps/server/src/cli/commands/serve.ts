import { loadConfig } from "../../config/config.ts";
import { createDatabase } from "../../database/create-database.ts";
import { migrateToLatest } from "../../database/migrate.ts";
import { buildApp } from "../../http/build-app.ts";
import { createRepositories } from "../../repositories/repositories.ts";
import type { Command } from "../cli-io.ts";
import { acquireServerLock, type ServerLock } from "./server-lock.ts";

/** Runs migrations, serves the API and the web app, and stops cleanly on SIGINT/SIGTERM. */
export const run: Command = async (_args, io) => {
  const config = loadConfig();
  // SQLite: one server per data directory, decided by an OS lock before anything opens or migrates.
  let lock: ServerLock | null = null;
  if (!config.databaseUrl) {
    const taken = acquireServerLock(config.dataDir, "serve");
    if (!taken.ok) {
      io.stderr(`${taken.message} Not starting a second server.\n`);
      return 1;
    }
    lock = taken.lock;
  }
  const database = await createDatabase(config).catch((error: unknown) => {
    lock?.release();
    throw error;
  });
  const applied = await migrateToLatest(database.db, database.kind);
  if (database.kind === "sqlite") {
    // One process per SQLite file: jobs still leased were held by a stopped process; resume them now.
    await createRepositories(database.db).imports.releaseAllLeases();
  }
  const { app, services, close } = await buildApp({ config, database, logger: true });
  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  const url = `http://${shownHost}:${config.port}`;
  io.stdout(`Backstride ${config.version} on ${url}\n`);
  io.stdout(
    `Data: ${database.location} (${database.kind})${applied.length > 0 ? `, migrations applied: ${applied.join(", ")}` : ""}\n`,
  );
  io.stdout(
    services.mailer.sendsMail
      ? `Mail: through ${new URL(config.smtpUrl ?? "").host}; links in mails open ${config.publicUrl}\n`
      : `Mail: SMTP_URL is not set, so every mail (sign-up, password reset) is printed here with its link for you to pass on; links open ${config.publicUrl}\n`,
  );
  if ((await services.repositories.users.count()) === 0) {
    io.stdout(
      `No accounts yet. Create the first one in the app at ${url}, or here:\n  npx backstride create-user --email you@example.com --name "Your Name"   (add --role coach for a coach)\n`,
    );
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      close()
        .then(() => database.close())
        .finally(() => {
          lock?.release();
          resolve();
        });
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
};
