// `npm run bench:first-load-js`, after `next build`: the JavaScript a browser downloads to show each
// app route the first time, gzipped. For each page, the client-reference manifest Next writes next to
// it (.next/server/app/**/page_client-reference-manifest.js) lists the client chunks of every segment
// of its tree (root and nested layouts, error and not-found boundaries, the page); add the root main
// files of .next/build-manifest.json (React, the router, the runtime), count each file once, gzip it.
// Routes above the budget (150 kB by default; --budget <kB>) are flagged, and the exit code is 1.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const { values: args } = parseArgs({ options: { dir: { type: "string", default: path.resolve(import.meta.dirname, "..", ".next") }, budget: { type: "string", default: "150" } } });
const NEXT = path.resolve(args.dir!);
const BUDGET = Number(args.budget) * 1000;

interface RscManifest {
  entryJSFiles?: Record<string, string[]>;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const sizes = new Map<string, { raw: number; gz: number }>();
function size(file: string) {
  let s = sizes.get(file);
  if (!s) {
    const buf = readFileSync(path.join(NEXT, file.replace(/^\/?_next\//, "")));
    s = { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
    sizes.set(file, s);
  }
  return s;
}

const build = JSON.parse(readFileSync(path.join(NEXT, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const rows: { route: string; files: number; raw: number; gz: number }[] = [];
for (const file of walk(path.join(NEXT, "server", "app")).filter((f) => f.endsWith("page_client-reference-manifest.js"))) {
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, RscManifest> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  for (const [key, manifest] of Object.entries(sandbox.__RSC_MANIFEST ?? {})) {
    const route = key.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
    if (route.startsWith("/_")) continue; // _not-found, _global-error
    const files = new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()].filter((f) => f.endsWith(".js")));
    const total = [...files].reduce((a, f) => ({ raw: a.raw + size(f).raw, gz: a.gz + size(f).gz }), { raw: 0, gz: 0 });
    rows.push({ route, files: files.size, ...total });
  }
}
if (rows.length === 0) {
  console.error(`✖ no page manifests under ${NEXT}/server/app: run \`next build\` first`);
  process.exit(2);
}
rows.sort((a, b) => a.route.localeCompare(b.route));
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const w = Math.max(...rows.map((r) => r.route.length), 5);
console.log(`First-load JS per route (gzip -9; budget ${kb(BUDGET)}), build ${readFileSync(path.join(NEXT, "BUILD_ID"), "utf8").trim()}\n`);
console.log("route".padEnd(w) + "files".padStart(7) + "raw".padStart(11) + "gzipped".padStart(11));
for (const r of rows) console.log(r.route.padEnd(w) + String(r.files).padStart(7) + kb(r.raw).padStart(11) + kb(r.gz).padStart(11) + (r.gz > BUDGET ? "  ▲ over budget" : ""));
const shared = build.rootMainFiles.reduce((a, f) => a + size(f).gz, 0);
console.log(`\nshared by all (root main files): ${kb(shared)}`);
const over = rows.filter((r) => r.gz > BUDGET);
if (over.length) {
  console.log(`${over.length} route(s) over ${kb(BUDGET)}: ${over.map((r) => r.route).join(", ")}`);
  process.exitCode = 1;
}
