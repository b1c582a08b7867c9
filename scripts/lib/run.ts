import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Runs a command to completion; resolves with its combined output, rejects with it on failure. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, opts: { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const collect = (b: Buffer) => {
      out += b.toString();
      if (!opts.quiet) process.stdout.write(b);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(Object.assign(new Error(`${cmd} ${args.join(" ")} exited with ${code}`), { output: out }))));
  });
}

/** The Prisma CLI through our wasm schema engine (scripts/prisma.mjs). */
export const prisma = (args: string[], env: NodeJS.ProcessEnv, opts?: { quiet?: boolean }) =>
  run(process.execPath, [path.join(ROOT, "scripts", "prisma.mjs"), ...args], env, opts);
