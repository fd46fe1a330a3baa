import { Readable } from "node:stream";
import { redFlagQuestions } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../cli-io.ts";
import { EMERGENCY_EXIT_CODE, run } from "./triage.ts";

function fakeIo(input: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdin: Readable.from([input]),
    readFile: async () => {
      throw new Error("no files in this test");
    },
    today: () => "2026-03-04",
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

/** y for the given question ids, n for the rest, one answer per line in question order. */
function answers(yes: string[]): string {
  return `${redFlagQuestions.map((q) => (yes.includes(q.id) ? "y" : "n")).join("\n")}\n`;
}

describe("backstride triage", () => {
  it("asks every question and says no warning signs when all answers are no", async () => {
    const { io, stdout, stderr } = fakeIo(answers([]));
    expect(await run([], io)).toBe(0);
    expect(stderr()).toBe("");
    for (const question of redFlagQuestions) expect(stdout()).toContain(question.text);
    expect(stdout()).toContain("Level: none");
    expect(stdout()).toContain("No warning signs");
  });

  it("prints an urgent result with its actions, exit 0", async () => {
    const { io, stdout } = fakeIo(answers(["leg-pain-below-knee"]));
    expect(await run([], io)).toBe(0);
    expect(stdout()).toContain("Level: urgent");
    expect(stdout()).toMatch(/- See a doctor or sports physician by /);
  });

  it("stops at the first emergency sign and exits 3", async () => {
    const { io, stdout } = fakeIo("y\n");
    expect(await run([], io)).toBe(EMERGENCY_EXIT_CODE);
    expect(EMERGENCY_EXIT_CODE).toBe(3);
    expect(stdout()).toContain("Level: emergency");
    expect(stdout()).toContain("Go to emergency care now");
    expect(stdout()).not.toContain(redFlagQuestions[1]?.text ?? "unreachable");
  });

  it("re-asks after an answer that is not y or n, and accepts yes/no words", async () => {
    const { io, stdout } = fakeIo(`maybe\n${answers([]).replace(/^n/, "No")}`);
    expect(await run([], io)).toBe(0);
    expect(stdout()).toContain("Please answer y or n.");
  });

  it("fails with one line when input ends early", async () => {
    const { io, stderr } = fakeIo("n\nn\n");
    expect(await run([], io)).toBe(2);
    expect(stderr().trim()).toBe("backstride triage: input ended before every question was answered");
  });

  it("rejects arguments", async () => {
    const { io, stderr } = fakeIo("");
    expect(await run(["--fast"], io)).toBe(2);
    expect(stderr()).toContain("unexpected argument --fast");
  });
});
