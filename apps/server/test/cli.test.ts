import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import type { CliIo } from "../src/cli/cli-io.ts";
import { main } from "../src/cli/main.ts";

function testIo(stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdin: Readable.from([stdin]),
    readFile: async () => new Uint8Array(),
    today: () => "2026-03-10",
  };
  return { io, out, err };
}

describe("backstride CLI", () => {
  const saved = { ...process.env };
  const dirs: string[] = [];
  afterEach(() => {
    process.env = { ...saved };
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function useTempData(): string {
    const dir = mkdtempSync(join(tmpdir(), "backstride-cli-"));
    dirs.push(dir);
    process.env.BACKSTRIDE_DATA_DIR = join(dir, "data");
    delete process.env.DATABASE_URL;
    return dir;
  }

  it("prints a usage line and exits 2 for an unknown or missing command", async () => {
    const unknown = testIo();
    expect(await main(["frobnicate"], unknown.io)).toBe(2);
    expect(unknown.err.join("")).toMatch(/^usage: backstride </);
    expect(await main([], testIo().io)).toBe(2);
    const help = testIo();
    expect(await main(["help"], help.io)).toBe(0);
    expect(help.out.join("")).toContain("create-user");
  });

  it("creates a user from stdin, refuses a duplicate, and backs up SQLite", async () => {
    const dir = useTempData();
    const created = testIo("a long enough password\n");
    const args = [
      "create-user",
      "--email",
      "Coach@Example.test",
      "--name",
      "Coach",
      "--role",
      "coach",
      "--password-stdin",
    ];
    expect(await main(args, created.io)).toBe(0);
    expect(created.out.join("")).toContain("coach account coach@example.test");
    const again = testIo("a long enough password\n");
    expect(await main(args, again.io)).toBe(1);
    expect(again.err.join("")).toContain("already exists");
    const weak = testIo("short\n");
    expect(await main(["create-user", "--email", "w@example.test", "--name", "W", "--password-stdin"], weak.io)).toBe(
      1,
    );
    const backup = testIo();
    expect(await main(["backup", join(dir, "copy.db")], backup.io)).toBe(0);
    expect(await main(["backup", join(dir, "copy.db")], testIo().io)).toBe(1);
    const restore = testIo();
    expect(await main(["restore", join(dir, "copy.db")], restore.io)).toBe(0);
    expect(restore.out.join("")).toContain("Restored");
    const notADatabase = testIo();
    expect(await main(["restore", join(dir, "missing.db")], notADatabase.io)).toBe(1);
  });

  it("sends PostgreSQL users to pg_dump with exit code 2", async () => {
    useTempData();
    process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";
    const run = testIo();
    expect(await main(["backup", "x.db"], run.io)).toBe(2);
    expect(run.err.join("")).toContain("pg_dump");
  });

  it("turns a stray error into one line and exit 1", async () => {
    useTempData();
    process.env.PORT = "not-a-port";
    const run = testIo();
    expect(await main(["serve"], run.io)).toBe(1);
    expect(run.err.join("").trim().split("\n")).toHaveLength(1);
    expect(run.err.join("")).toContain("PORT");
  });
});
