#!/usr/bin/env node
// `npm test`: every check, in the order a reviewer would run them, then one closing line
// `N passed, N failed` (what CI reads). Lint and typecheck count as one check each; the test
// runners' counts come from their JSON reports. Exits non-zero when anything failed.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" };
delete env.DATABASE_URL; // tests make their own databases; never the developer's
mkdirSync(path.join(root, "test-results"), { recursive: true });

const stages = [];
function step(name, cmd, args, count) {
  const t0 = Date.now();
  console.log(`\n━━ ${name} ━━ ${[cmd, ...args].map((a) => path.relative(root, a) || a).join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const counts = count ? count(r.status) : { passed: r.status === 0 ? 1 : 0, failed: r.status === 0 ? 0 : 1 };
  if (r.status !== 0 && counts.failed === 0) counts.failed = 1; // a crash before any report is a failure
  stages.push({ name, seconds, ...counts });
}

function vitestCounts(file) {
  return () => {
    try {
      const j = JSON.parse(readFileSync(file, "utf8"));
      // A suite that fails to load has no failed test but is a failure all the same.
      const brokenSuites = j.numFailedTests === 0 && !j.success ? Math.max(1, j.numFailedTestSuites) : 0;
      return { passed: j.numPassedTests, failed: j.numFailedTests + brokenSuites };
    } catch {
      return { passed: 0, failed: 1 };
    }
  };
}

function playwrightCounts(file) {
  return () => {
    try {
      const s = JSON.parse(readFileSync(file, "utf8")).stats;
      return { passed: s.expected + s.flaky, failed: s.unexpected };
    } catch {
      return { passed: 0, failed: 1 };
    }
  };
}

const vitestJson = path.join(root, "test-results", "vitest.json");
const pwJson = path.join(root, "test-results", "playwright.json");
rmSync(vitestJson, { force: true });
rmSync(pwJson, { force: true });

step("prisma generate", process.execPath, [path.join(root, "scripts", "prisma.mjs"), "generate"]);
step("next typegen", bin("next"), ["typegen"]);
step("lint", bin("eslint"), [".", "--max-warnings", "0"]);
step("typecheck", bin("tsc"), ["--noEmit"]);
step("unit + integration (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], vitestCounts(vitestJson));
step("end-to-end (playwright)", bin("playwright"), ["test"], playwrightCounts(pwJson));

console.log("\n━━ summary ━━");
for (const s of stages) console.log(`${s.failed ? "✖" : "✔"} ${s.name.padEnd(30)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(3)} failed  ${s.seconds} s`);
const passed = stages.reduce((a, s) => a + s.passed, 0);
const failed = stages.reduce((a, s) => a + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
