import { emailSchema, passwordSchema, type Role } from "@backstride/api-contract";
import { loadConfig } from "../../config/config.ts";
import { createDatabase } from "../../database/create-database.ts";
import { migrateToLatest } from "../../database/migrate.ts";
import { ApiError } from "../../http/api-error.ts";
import { systemClock } from "../../services/clock.ts";
import { defaultRateLimits } from "../../services/rate-limiter.ts";
import { createServices } from "../../services/services.ts";
import type { Command } from "../cli-io.ts";
import { parseFlags } from "../parse-flags.ts";
import { promptHidden, readAllStdin } from "../read-password.ts";

const usage = "usage: backstride create-user --email EMAIL --name NAME [--role runner|coach]... [--password-stdin]\n";

export const run: Command = async (args, io) => {
  const { flags, positional } = parseFlags(args);
  const email = emailSchema.safeParse(flags.get("email")?.[0]);
  const name = flags.get("name")?.[0]?.trim();
  const roles = (flags.get("role") ?? ["runner"]) as Role[];
  if (positional.length > 0 || !email.success || !name || roles.some((role) => role !== "runner" && role !== "coach")) {
    io.stderr(usage);
    return 2;
  }
  const password = flags.has("password-stdin")
    ? await readAllStdin(io.stdin)
    : await promptHidden(io.stdin, io.stdout, "Password (at least 10 characters): ");
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) {
    io.stderr(`Password refused: ${checked.error.issues[0]?.message ?? "invalid"}.\n`);
    return 1;
  }
  const config = loadConfig();
  const database = await createDatabase(config);
  try {
    await migrateToLatest(database.db, database.kind);
    const services = createServices({ database, config, clock: systemClock, rateLimits: defaultRateLimits });
    const user = await services.auth.createUser({ email: email.data, password: checked.data, name, roles });
    io.stdout(`Created ${user.roles.join(" and ")} account ${user.email} (${user.id}). Sign in at the app.\n`);
    return 0;
  } catch (error) {
    if (error instanceof ApiError) {
      io.stderr(`${error.message}.\n`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
};
