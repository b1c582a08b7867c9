// Runs the simulator: `npx tsx simulators/cli.ts --port 4010 --scenario <file|demo|test> [--host 127.0.0.1]
// [--seed N] [--now ISO] [--ca-out file]`. A scenario file is JSON, or a module whose default export (or
// `scenario` export) is a scenario or a function `(seed?, now?)` returning one. `--now` pins the demo's
// "now" (token expiries are relative to it): give the same value the demo database seed used. Prints one ready line; a taken port or a bad scenario prints one error line
// and exits 1.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readFile } from "node:fs/promises";
import { startSimulator } from "./index";
import { demoScenario } from "./scenarios/demo";

interface Args {
  port: number;
  host: string;
  scenario: string;
  seed?: number;
  now?: string;
  caOut?: string;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const port = Number(value("--port") ?? "4010");
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${value("--port")}`);
  const seed = value("--seed");
  if (seed !== undefined && !Number.isInteger(Number(seed))) throw new Error(`--seed must be an integer, got ${seed}`);
  const now = value("--now");
  if (now !== undefined && Number.isNaN(Date.parse(now))) throw new Error(`--now must be an ISO date, got ${now}`);
  return { port, host: value("--host") ?? "127.0.0.1", scenario: value("--scenario") ?? "demo", seed: seed === undefined ? undefined : Number(seed), now, caOut: value("--ca-out") };
}

async function loadScenario(spec: string, seed: number | undefined, now: string | undefined): Promise<unknown> {
  if (spec === "demo") return demoScenario(seed, now ?? new Date());
  const file = spec === "test" ? path.join(import.meta.dirname, "scenarios", "test.json") : path.resolve(spec);
  if (file.endsWith(".json")) return JSON.parse(await readFile(file, "utf8"));
  const loaded = (await import(pathToFileURL(file).href)) as { default?: unknown; scenario?: unknown };
  const exported = loaded.default ?? loaded.scenario;
  return typeof exported === "function" ? (exported as (seed?: number, now?: string) => unknown)(seed, now) : exported;
}

async function main(): Promise<void> {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const scenario = await loadScenario(args.scenario, args.seed, args.now);
  const sim = await startSimulator({ port: args.port, host: args.host, scenario: scenario as Parameters<typeof startSimulator>[0]["scenario"] });
  if (args.caOut) writeFileSync(args.caOut, sim.caCertificate);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`simulator ready at ${sim.url} (Entra login at ${sim.httpsUrl}, admin at ${sim.url}/__admin) scenario=${args.scenario} in ${ms} ms\n`);
  const stop = () => {
    sim.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`simulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
