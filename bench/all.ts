// `npm run bench`: every benchmark of the product in one run, then one table of figures with their
// baselines and ratios. In order:
//   1. devices (bench/devices.ts): 1,000,000 devices across 50 tenants — ingest vs COPY, readiness
//      report vs a hand-written GROUP BY, device table pages, memory;
//   2. dashboard (bench/dashboard.ts): 50 tenants, 200 token sets — overview vs a trivial route,
//      first-load JS per route;
//   3. load (bench/load.ts): the scale data (50 tenants, 200 token sets, 1,000,000 devices) behind the
//      real server, 200 concurrent users for 60 s over the overview, a tenant page and the readiness
//      report: errors, p50, p99, the server's peak memory.
// Each part writes its figures to a JSON file (BENCH_JSON); a part that fails is reported and the
// others still run. Options: --only devices|dashboard|load, --devices N, --users N, --duration S.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    only: { type: "string" },
    devices: { type: "string", default: "1000000" },
    users: { type: "string", default: "200" },
    duration: { type: "string", default: "60" },
  },
});

export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  ratio?: number;
  target?: string;
  ok?: boolean;
}
interface Group {
  group: string;
  figures: Figure[];
}

const out = mkdtempSync(path.join(os.tmpdir(), "eh-bench-"));
const tsx = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

function run(label: string, script: string, scriptArgs: string[], env: Record<string, string> = {}): Promise<number> {
  process.stdout.write(`\n━━ ${label} ━━ ${script} ${scriptArgs.join(" ")}\n`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, "--conditions=react-server", script, ...scriptArgs], { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const parts: { name: string; script: string; args: string[] }[] = [
  { name: "devices", script: "bench/devices.ts", args: ["--devices", args.devices!] },
  { name: "dashboard", script: "bench/dashboard.ts", args: [] },
  { name: "load", script: "bench/scale-load.ts", args: ["--devices", args.devices!, "--users", args.users!, "--duration", args.duration!] },
];

const groups: Group[] = [];
const failures: string[] = [];
for (const part of parts) {
  if (args.only && args.only !== part.name) continue;
  const file = path.join(out, `${part.name}.json`);
  const code = await run(part.name, part.script, part.args, { BENCH_JSON: file });
  if (code !== 0) failures.push(`${part.name} exited ${code}`);
  if (existsSync(file)) groups.push(JSON.parse(readFileSync(file, "utf8")) as Group);
  else failures.push(`${part.name} wrote no figures`);
}

const fmt = (v: number, unit: string) => `${v >= 100 ? Math.round(v).toLocaleString("en-US") : v.toFixed(v >= 10 ? 1 : 2)} ${unit}`;
const rows = groups.flatMap((g) =>
  g.figures.map((f) => [
    g.group,
    f.name,
    fmt(f.value, f.unit),
    f.baseline ? `${f.baseline.name}: ${fmt(f.baseline.value, f.unit)}` : "",
    f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : "",
    f.target ?? "",
    f.ok === undefined ? "" : f.ok ? "met" : "MISSED",
  ]),
);
const header = ["part", "figure", "value", "baseline", "ratio", "target", ""];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
process.stdout.write(`\nAll figures (${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}):\n\n`);
process.stdout.write(line(header) + "\n" + widths.map((w) => "─".repeat(w)).join("  ") + "\n");
for (const r of rows) process.stdout.write(line(r) + "\n");
if (failures.length) process.stdout.write(`\nProblems: ${failures.join("; ")}\n`);
process.exit(failures.length ? 1 : 0);
