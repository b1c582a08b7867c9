// The CLI as the demo and Playwright start it: one ready line, a clear one-line error on a taken port.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startTestSimulator } from "./testing";

const ROOT = path.resolve(import.meta.dirname, "..");

function runCli(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "simulators/cli.ts", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function waitFor(predicate: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the CLI");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const children: Array<ReturnType<typeof runCli>> = [];
afterAll(() => {
  for (const run of children) run.child.kill("SIGTERM");
});

describe("simulators/cli.ts", () => {
  it("prints one ready line, serves, and stops on SIGTERM", async () => {
    const run = runCli(["--port", "0", "--scenario", "test"]);
    children.push(run);
    await waitFor(() => run.out().includes("\n"));
    const lines = run.out().trim().split("\n");
    expect(lines).toHaveLength(1);
    const match = /^simulator ready at (http:\/\/127\.0\.0\.1:\d+) \(Entra login at https:\/\/127\.0\.0\.1:\d+, admin at .*\) scenario=test in \d+ ms$/.exec(lines[0] ?? "");
    expect(match).not.toBeNull();
    expect(await (await fetch(`${match?.[1]}/__admin/health`)).json()).toEqual({ ok: true });
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  }, 30_000);

  it("exits 1 with a one-line error when the port is taken", async () => {
    const sim = await startTestSimulator();
    try {
      const port = new URL(sim.url).port;
      const run = runCli(["--port", port, "--scenario", "test"]);
      children.push(run);
      expect(await run.exited).toBe(1);
      expect(run.err().trim()).toBe(`simulator: port ${port} on 127.0.0.1 is already in use`);
      expect(run.out()).toBe("");
    } finally {
      await sim.close();
    }
  }, 30_000);

  it("exits 1 with a one-line error for an invalid scenario file", async () => {
    const run = runCli(["--port", "0", "--scenario", "package.json"]);
    children.push(run);
    expect(await run.exited).toBe(1);
    expect(run.err().trim().split("\n")).toHaveLength(1);
    expect(run.err()).toMatch(/^simulator: invalid scenario: /);
  }, 30_000);
});
