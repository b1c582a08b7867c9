import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ROOT } from "./run";

const INPUTS = ["app", "components", "lib", "messages", "next.config.ts", "package-lock.json", "postcss.config.mjs", "prisma/schema.prisma", "instrumentation.ts", "middleware.ts", "proxy.ts"];

async function walk(p: string, acc: string[]) {
  let s;
  try {
    s = await stat(p);
  } catch {
    return;
  }
  if (s.isDirectory()) {
    if (p.endsWith(`${path.sep}generated`)) return;
    for (const e of (await readdir(p)).sort()) await walk(path.join(p, e), acc);
  } else acc.push(`${path.relative(ROOT, p)}:${s.size}:${s.mtimeMs}`);
}

/** A hash of what the production build is made from: a changed file means the build is stale. */
export async function sourceStamp(): Promise<string> {
  const acc: string[] = [];
  for (const i of INPUTS) await walk(path.join(ROOT, i), acc);
  return createHash("sha256").update(acc.join("\n")).digest("hex");
}

export async function builtStamp(): Promise<string | undefined> {
  try {
    await stat(path.join(ROOT, ".next", "BUILD_ID"));
    return (await readFile(path.join(ROOT, ".next", "eh-source-stamp"), "utf8")).trim();
  } catch {
    return undefined;
  }
}
