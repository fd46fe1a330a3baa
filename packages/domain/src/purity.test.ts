import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * packages/domain is pure: no I/O, no framework, no clock, no randomness. Biome's restricted-import
 * rule guards imports while editing; this test guards everything, including what a lint rule cannot see
 * (`Date.now`, an argument-less `new Date()`, `Math.random`, `crypto.`, `performance.now`).
 */
const root = fileURLToPath(new URL(".", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const FORBIDDEN_MODULES = [
  /^node:/,
  /^(fs|path|os|crypto|http|https|net|child_process|worker_threads|stream|url|util)(\/|$)/,
  /^(react|react-dom)(\/|$)/,
  /^(fastify|@fastify\/.*)$/,
  /^(kysely|better-sqlite3|pg)(\/|$)/,
  /^@backstride\/(server|web|importers|api-contract)(\/|$)/,
];

const FORBIDDEN_CODE: { pattern: RegExp; why: string }[] = [
  { pattern: /\bDate\.now\s*\(/, why: "reads the clock (pass `today` in)" },
  { pattern: /\bnew\s+Date\s*\(\s*\)/, why: "reads the clock (new Date() without an argument)" },
  { pattern: /\bMath\.random\s*\(/, why: "randomness (pass ids in)" },
  { pattern: /\bcrypto\./, why: "randomness or I/O via crypto" },
  { pattern: /\bperformance\.now\s*\(/, why: "reads the clock" },
  { pattern: /\bprocess\./, why: "reads the environment" },
];

/** Strips comments so a comment mentioning Date.now does not fail the test. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  for (const match of text.matchAll(/(?:import|export)\s[^"']*?from\s*["']([^"']+)["']/g))
    specifiers.push(match[1] ?? "");
  for (const match of text.matchAll(/import\s*\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1] ?? "");
  for (const match of text.matchAll(/^\s*import\s*["']([^"']+)["']/gm)) specifiers.push(match[1] ?? "");
  return specifiers;
}

describe("packages/domain purity", () => {
  const files = sourceFiles(root);

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(root, file), file] as const))(
    "%s has no I/O, clock or randomness",
    (_name, file) => {
      const text = code(readFileSync(file, "utf8"));
      const badImports = importsOf(text).filter((spec) => FORBIDDEN_MODULES.some((pattern) => pattern.test(spec)));
      expect(badImports).toEqual([]);
      const badCode = FORBIDDEN_CODE.filter(({ pattern }) => pattern.test(text)).map(({ why }) => why);
      expect(badCode).toEqual([]);
    },
  );

  it("depends on nothing but zod", () => {
    const manifest = JSON.parse(readFileSync(join(root, "..", "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(["zod"]);
  });

  it("catches what it is meant to catch", () => {
    const sample = 'import { readFile } from "node:fs";\nconst now = Date.now();\nconst d = new Date();';
    expect(importsOf(code(sample))).toEqual(["node:fs"]);
    expect(FORBIDDEN_CODE.filter(({ pattern }) => pattern.test(code(sample))).length).toBe(2);
    expect(code("// Date.now() in a comment\nconst x = 1;")).not.toContain("Date.now");
    expect(/\bnew\s+Date\s*\(\s*\)/.test("new Date(Date.UTC(2026, 0, 1))")).toBe(false);
  });
});
