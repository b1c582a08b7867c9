// Every client component gets only the messages its route hands it (components/i18n/client-messages.tsx);
// this reads the sources to check that each `useTranslations("ns")` in client code a route reaches
// is covered: by the root layout's pick, a `<ClientMessages keys>` in a layout above the page, or one in
// the server component that renders the client island. A new client component or namespace that is
// not covered fails here instead of showing message keys in the browser.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const APP = path.join(ROOT, "app");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx"), base].find((f) => existsSync(f) && f.match(/\.tsx?$/)) ?? null;
}

interface SourceInfo {
  client: boolean;
  imports: string[];
  namespaces: string[];
  keys: string[];
}

const infos = new Map<string, SourceInfo>();
function info(file: string): SourceInfo {
  let i = infos.get(file);
  if (i) return i;
  const src = readFileSync(file, "utf8");
  const imports: string[] = [];
  // Value imports and re-exports (not `import type`), and dynamic imports: what can end up in the bundle.
  for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/g)) if (!m[1]) imports.push(m[2]!);
  for (const m of src.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) imports.push(m[1]!);
  const list = (s: string) => [...s.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!);
  i = {
    client: /^(\s|\/\/[^\n]*\n)*["']use client["']/.test(src),
    imports: imports.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null),
    namespaces: [...src.matchAll(/useTranslations\(\s*(?:["']([^"']*)["'])?\s*\)/g)].map((m) => m[1] ?? ""),
    keys: [...src.matchAll(/<ClientMessages\s+keys=\{\[([^\]]*)\]\}/g), ...src.matchAll(/pickMessages\(\s*messages,\s*\[([^\]]*)\]\)/g)].flatMap((m) => list(m[1]!)),
  };
  infos.set(file, i);
  return i;
}

const covers = (keys: readonly string[], ns: string) => keys.some((k) => ns === k || ns.startsWith(`${k}.`));

/** Namespaces used by client code below `file` that `keys` (plus any wrapper's on the way) do not cover. */
function uncovered(file: string, keys: readonly string[], isLayout: boolean, inClient = false, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const i = info(file);
  const client = inClient || i.client;
  // A page's or wrapper component's ClientMessages covers what it renders; a layout's covers its children
  // (which are checked as pages of their own), not the rest of the layout.
  const own = client || isLayout ? keys : [...keys, ...i.keys];
  const missing = client ? i.namespaces.filter((ns) => !covers(own, ns)).map((ns) => `${path.relative(ROOT, file)}: ${ns || "(no namespace)"}`) : [];
  return [...missing, ...i.imports.flatMap((f) => uncovered(f, own, false, client, seen))];
}

/** The keys provided above a route file: the root layout's pick and every layout's ClientMessages on the way down. */
function providedAbove(file: string): string[] {
  const keys: string[] = [];
  for (let dir = path.dirname(file); dir.startsWith(APP); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (layout !== file && existsSync(layout)) keys.push(...info(layout).keys);
  }
  return keys;
}

const routeFiles = walk(APP).filter((f) => /\/(page|layout|error|not-found|loading)\.tsx$/.test(f));

describe("client messages", () => {
  it("finds the routes and the client namespaces (the scan works)", () => {
    expect(routeFiles.length).toBeGreaterThan(20);
    expect(info(path.join(ROOT, "components/tenant/extend-fields.tsx")).namespaces).toContain("tenant.extend");
  });

  it.each(routeFiles.map((f) => [path.relative(ROOT, f), f]))("%s: every namespace its client components use is given to them", (_, file) => {
    expect(uncovered(file, providedAbove(file), file.endsWith("/layout.tsx"))).toEqual([]);
  });
});
