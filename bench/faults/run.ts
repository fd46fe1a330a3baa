/**
 * Crash bench: N concurrent writers post events over HTTP with Idempotency-Keys while the server is
 * killed with SIGKILL at random moments and restarted; then counts acknowledged writes lost and
 * duplicated. Exit code 1 when any was lost or duplicated.
 *
 *   npx tsx bench/faults/run.ts [--sqlite-rounds 30] [--postgres-rounds 5] [--writers 8] [--seed N]
 *                               [--postgres-url postgres://postgres@127.0.0.1:5432/test]
 *
 * --postgres-rounds 0 skips PostgreSQL.
 */
import { parseArgs } from "node:util";
import { type FaultFigures, runFaultRounds } from "./fault-harness.ts";

const { values } = parseArgs({
  options: {
    "sqlite-rounds": { type: "string", default: "30" },
    "postgres-rounds": { type: "string", default: "5" },
    writers: { type: "string", default: "8" },
    seed: { type: "string" },
    "postgres-url": {
      type: "string",
      default: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
    },
  },
});

function count(name: string, value: string | undefined, min: number): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    console.error(`--${name} must be a whole number of at least ${min}, got "${value}"`);
    process.exit(2);
  }
  return parsed;
}

const sqliteRounds = count("sqlite-rounds", values["sqlite-rounds"], 0);
const postgresRounds = count("postgres-rounds", values["postgres-rounds"], 0);
const writers = count("writers", values.writers, 1);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : count("seed", values.seed, 0);

console.log(`Crash bench: ${writers} writers, seed ${seed} (repeat with --seed ${seed})`);
const results: FaultFigures[] = [];
for (const [kind, rounds] of [
  ["sqlite", sqliteRounds],
  ["postgres", postgresRounds],
] as const) {
  if (rounds === 0) continue;
  console.log(`\n${kind}: ${rounds} rounds`);
  results.push(
    await runFaultRounds({
      kind,
      rounds,
      writers,
      seed,
      postgresUrl: values["postgres-url"],
      log: (line) => console.log(`  ${line}`),
    }),
  );
}

console.log("\ndatabase   kills  acknowledged  stored  lost  duplicated  retried-after-crash  stuck-keys");
for (const figures of results) {
  console.log(
    [
      figures.kind.padEnd(9),
      String(figures.kills).padStart(6),
      String(figures.acknowledged).padStart(13),
      String(figures.stored).padStart(7),
      String(figures.lost).padStart(5),
      String(figures.duplicated).padStart(11),
      String(figures.retriedAfterCrash).padStart(20),
      String(figures.stuckKeys).padStart(11),
    ].join(" "),
  );
}
const bad = results.filter((figures) => figures.lost > 0 || figures.duplicated > 0);
console.log(
  bad.length === 0
    ? "\nGoal met: 0 acknowledged writes lost, 0 duplicated."
    : "\nGoal MISSED: acknowledged writes were lost or duplicated.",
);
process.exitCode = bad.length === 0 ? 0 : 1;
