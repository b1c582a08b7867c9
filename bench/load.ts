// `npm run bench:load`: concurrent signed-in users against an already-running built server, over the
// overview, a tenant page and the readiness report. Prints requests, errors, p50/p99 per route, the
// throughput, and the server's peak memory (RSS of the process listening on the port and its
// children, sampled every 250 ms; and of its parent, which under `npm start` holds the embedded
// database and the simulators).
//
//   npm run bench:load -- [--url http://localhost:3000] [--email admin@demo.example]
//                         [--password …] [--password-file .data/demo-admin.txt]
//                         [--users 200] [--duration 60] [--timeout 30] [--pid <server pid>]
//   (or BENCH_URL, BENCH_EMAIL, BENCH_PASSWORD, BENCH_USERS, BENCH_DURATION)
//
// Each route gets its own share of the virtual users (autocannon connections, each one request at a
// time) and its own signed-in session: sessions are shared, sign-ins are not what is measured.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values: args } = parseArgs({
  options: {
    url: { type: "string", default: process.env.BENCH_URL ?? "http://localhost:3000" },
    email: { type: "string", default: process.env.BENCH_EMAIL ?? "admin@demo.example" },
    password: { type: "string", default: process.env.BENCH_PASSWORD },
    "password-file": { type: "string", default: path.resolve(import.meta.dirname, "..", ".data", "demo-admin.txt") },
    users: { type: "string", default: process.env.BENCH_USERS ?? "200" },
    duration: { type: "string", default: process.env.BENCH_DURATION ?? "60" },
    pid: { type: "string" },
    timeout: { type: "string", default: process.env.BENCH_TIMEOUT ?? "30" },
    routes: { type: "string", default: process.env.BENCH_ROUTES },
  },
});

const base = new URL(args.url!);
const origin = base.origin;
const users = Number(args.users);
const duration = Number(args.duration);
const password = args.password ?? readFileSync(args["password-file"]!, "utf8").trim();

async function signIn(): Promise<string> {
  const res = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: args.email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${args.email} failed: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

async function status(route: string, cookie: string) {
  return (await fetch(`${origin}${route}`, { headers: { cookie }, redirect: "manual" })).status;
}

/** The overview, a tenant's own page when the app has one (else the list), the readiness report when it exists (else the devices page). */
async function pickRoutes(cookie: string): Promise<string[]> {
  if (args.routes) return args.routes.split(",");
  const tenants = (await (await fetch(`${origin}/api/v1/tenants`, { headers: { cookie } })).json()) as { tenants?: { id: string }[] };
  const id = tenants.tenants?.[0]?.id;
  const tenant = id && (await status(`/tenants/${id}`, cookie)) === 200 ? `/tenants/${id}` : "/tenants";
  let report = "/devices";
  for (const candidate of ["/reports/readiness", "/devices/readiness", "/readiness"]) if ((await status(candidate, cookie)) === 200) report = candidate;
  return ["/", tenant, report];
}

/** The pid listening on the port, from `ss -ltnp`. */
function listenerPid(port: number): number | undefined {
  try {
    const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
    const m = /pid=(\d+)/.exec(out);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function processTable(): { pid: number; ppid: number; rss: number }[] {
  return execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number))
    .map(([pid, ppid, rss]) => ({ pid: pid!, ppid: ppid!, rss: rss! }));
}

/** RSS (kB) of a process and all its descendants. */
function treeRss(root: number, table = processTable()): number {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const p = table.find((x) => x.pid === pid);
    if (p) total += p.rss;
    for (const c of table) if (c.ppid === pid) stack.push(c.pid);
  }
  return total;
}

function fmtMs(v: number, n: number) {
  return n === 0 ? "–" : `${v.toFixed(v < 10 ? 1 : 0)} ms`;
}

async function main() {
  const port = Number(base.port || (base.protocol === "https:" ? 443 : 80));
  const pid = args.pid ? Number(args.pid) : listenerPid(port);
  const table0 = processTable();
  const parent = pid ? table0.find((p) => p.pid === pid)?.ppid : undefined;

  const cookie0 = await signIn();
  const routes = await pickRoutes(cookie0);
  const cookies = [cookie0, ...(await Promise.all(routes.slice(1).map(() => signIn())))];
  for (const [i, r] of routes.entries()) {
    const s = await status(r, cookies[i]!);
    if (s !== 200) throw new Error(`${r} answers ${s} before the run (signed in); is the server up and the password right?`);
  }

  console.log(`Load: ${users} concurrent users for ${duration} s on ${origin} (${routes.join(", ")}), ${routes.length} sessions; server pid ${pid ?? "unknown"}`);
  const samples = { server: 0, serverBefore: pid ? treeRss(pid, table0) : 0, parent: 0, parentBefore: parent ? (table0.find((p) => p.pid === parent)?.rss ?? 0) : 0 };
  const timer = setInterval(() => {
    const t = processTable();
    if (pid) samples.server = Math.max(samples.server, treeRss(pid, t));
    if (parent) samples.parent = Math.max(samples.parent, t.find((p) => p.pid === parent)?.rss ?? 0);
  }, 250);

  const share = (i: number) => Math.floor(users / routes.length) + (i < users % routes.length ? 1 : 0);
  const t0 = performance.now();
  const results = await Promise.all(
    routes.map((route, i) =>
      autocannon({
        url: `${origin}${route}`,
        connections: share(i),
        pipelining: 1,
        duration,
        timeout: Number(args.timeout),
        headers: { cookie: cookies[i]!, accept: "text/html" },
      }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);

  const rows = results.map((r, i) => ({
    route: routes[i]!,
    users: share(i),
    requests: r.requests.total,
    errors: r.errors + r.non2xx - r.timeouts,
    timeouts: r.timeouts,
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: r.requests.total / seconds,
  }));
  const w = Math.max(...rows.map((r) => r.route.length), 5);
  const line = (c: string[]) => console.log(c[0]!.padEnd(w) + c.slice(1).map((x) => x.padStart(11)).join(""));
  console.log("");
  line(["route", "users", "requests", "errors", "timeouts", "p50", "p99", "req/s"]);
  for (const r of rows) line([r.route, String(r.users), String(r.requests), String(r.errors), String(r.timeouts), fmtMs(r.p50, r.requests), fmtMs(r.p99, r.requests), r.rps.toFixed(1)]);
  const total = rows.reduce((a, r) => ({ requests: a.requests + r.requests, errors: a.errors + r.errors + r.timeouts }), { requests: 0, errors: 0 });
  line(["all", String(users), String(total.requests), String(total.errors), "", "", "", (total.requests / seconds).toFixed(1)]);
  console.log(`(requests: answered within ${args.timeout} s; errors: connection errors and non-2xx answers; timeouts: no answer within ${args.timeout} s)`);
  console.log("");
  const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  if (pid) console.log(`Server (pid ${pid} and children): RSS ${mb(samples.serverBefore)} before, peak ${mb(samples.server)} under load`);
  if (parent) console.log(`Its parent (pid ${parent}; under npm start: embedded database and simulators): RSS ${mb(samples.parentBefore)} before, peak ${mb(samples.parent)}`);
  const statuses = results.map((r, i) => `${routes[i]}: ${JSON.stringify(r.statusCodeStats ?? {})}`).join("; ");
  console.log(`Status codes: ${statuses}`);
  if (process.env.BENCH_JSON) {
    // For npm run bench (bench/all.ts): the same figures, machine-readable.
    const figures = rows.flatMap((r) => [
      { name: `${r.route} p50 (${r.users} users)`, value: r.p50, unit: "ms" },
      { name: `${r.route} p99 (${r.users} users)`, value: r.p99, unit: "ms" },
      { name: `${r.route} errors+timeouts`, value: r.errors + r.timeouts, unit: `of ${r.requests + r.timeouts}`, target: "0", ok: r.errors + r.timeouts === 0 },
    ]);
    figures.push({ name: `throughput, ${users} users for ${duration} s`, value: total.requests / seconds, unit: "req/s" });
    if (pid) figures.push({ name: "server peak RSS under load", value: samples.server / 1024, unit: "MB" });
    writeFileSync(process.env.BENCH_JSON, JSON.stringify({ group: "load", figures }, null, 2));
  }
  if (total.errors > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(`✖ ${(e as Error).message}`);
  process.exit(2);
});
