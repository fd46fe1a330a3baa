/**
 * First-load JavaScript of the web app, gzipped: index.html's entry script plus every module it
 * imports statically (what the browser must fetch before the first screen can render). Lazy screens
 * (dynamic import()) are not counted. Run after `npm run build -w @backstride/web`:
 *   npx tsx bench/bundle-size.ts
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const budgetKb = 120;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../apps/web/dist");
const indexPath = join(dist, "index.html");
if (!existsSync(indexPath)) {
  console.error(`No build at ${dist}: run \`npm run build -w @backstride/web\` first.`);
  process.exit(1);
}

const html = readFileSync(indexPath, "utf8");
const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((match) => match[1] ?? "");
const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? "");

/** Static imports only: `import … from "x"`, `import "x"`, `export … from "x"` (not `import("x")`). */
const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+\.js)["']/g;

const seen = new Map<string, number>();
function visit(url: string): void {
  const file = normalize(join(dist, url.replace(/^\//, "")));
  if (seen.has(file) || !existsSync(file)) return;
  const code = readFileSync(file);
  seen.set(file, gzipSync(code, { level: 9 }).length);
  for (const match of code.toString("utf8").matchAll(staticImport)) {
    const spec = match[1] ?? "";
    if (spec.startsWith(".")) visit(join(dirname(url), spec));
    else if (spec.startsWith("/")) visit(spec);
  }
}
for (const url of [...entries, ...preloads]) visit(url);

let totalBytes = 0;
for (const [file, bytes] of [...seen.entries()].sort((a, b) => b[1] - a[1])) {
  totalBytes += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${file.slice(dist.length + 1)}`);
}
const totalKb = totalBytes / 1024;
console.log(
  `First-load JS (gzip -9): ${totalKb.toFixed(1)} KB of a ${budgetKb} KB budget (${Math.round((totalKb / budgetKb) * 100)}%) — ${totalKb <= budgetKb ? "within budget" : "OVER BUDGET"}`,
);
process.exitCode = totalKb <= budgetKb ? 0 : 1;
