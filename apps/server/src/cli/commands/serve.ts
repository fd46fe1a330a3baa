import { loadConfig } from "../../config/config.ts";
import { createDatabase } from "../../database/create-database.ts";
import { migrateToLatest } from "../../database/migrate.ts";
import { buildApp } from "../../http/build-app.ts";
import { createRepositories } from "../../repositories/repositories.ts";
import type { Command } from "../cli-io.ts";
import { removeServerLock, runningServerPid, writeServerLock } from "./server-lock.ts";

/** Runs migrations, serves the API and the web app, and stops cleanly on SIGINT/SIGTERM. */
export const run: Command = async (_args, io) => {
  const config = loadConfig();
  const database = await createDatabase(config);
  const applied = await migrateToLatest(database.db, database.kind);
  if (database.kind === "sqlite") {
    const other = runningServerPid(config.dataDir);
    if (other !== null && other !== process.pid) {
      io.stderr(`Another Backstride server (pid ${other}) already serves ${config.dataDir}.\n`);
      await database.close();
      return 1;
    }
    // One process per SQLite file: jobs still leased were held by a stopped process; resume them now.
    await createRepositories(database.db).imports.releaseAllLeases();
  }
  const { app, services, close } = await buildApp({ config, database, logger: true });
  await app.listen({ port: config.port, host: config.host });
  if (database.kind === "sqlite") writeServerLock(config.dataDir);
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
          if (database.kind === "sqlite") removeServerLock(config.dataDir);
          resolve();
        });
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
};
