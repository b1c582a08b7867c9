// The OpenAPI document covers every route under app/api/v1 (found on disk), every $ref resolves, and
// the component schemas are the routes' own zod schemas (a sample body validates against both).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { ApiCountdown, TenantListResponse } from "./schemas";

const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

async function routeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true });
  return (await Promise.all(entries.map((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [])))).flat();
}

const doc = openApiDocument();

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with components and security schemes", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["Tenant", "TokenSet", "Token", "Countdown", "TenantList", "Error"]));
  });

  it("documents every method of every route under app/api/v1", async () => {
    const files = await routeFiles("app/api/v1");
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const route = "/" + path.dirname(file).replace(/^app\//, "").replace(/\[([^\]]+)\]/g, "{$1}");
      const methods = [...(await readFile(path.join(ROOT, file), "utf8")).matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      expect(methods.length, file).toBeGreaterThan(0);
      for (const m of methods) expect(doc.paths[route]?.[m], `${m.toUpperCase()} ${route} is not in the OpenAPI document`).toBeDefined();
    }
  });

  it("resolves every $ref", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(doc.components.schemas, r).toHaveProperty(r);
  });

  it("describes no field that could hold a token value", () => {
    // The data schemas (the what-if bodies describe hypothetical tokens as "none" | "wrong" | "correct").
    const schemas = doc.components.schemas as Record<string, unknown>;
    for (const id of ["Tenant", "Token", "TokenSet", "Countdown", "TenantList", "TenantResponse", "TokenSetList", "CountdownList"]) {
      const fields = [...JSON.stringify(schemas[id]).matchAll(/"([A-Za-z]+)":\{/g)].map((m) => m[1]!);
      expect(fields.filter((f) => /^(value|tokenValue|authToken|encryptToken|encryptedValue|fingerprint|suffix)$/.test(f)), id).toEqual([]);
    }
  });

  it("generates the components from the routes' own schemas", () => {
    const countdown = doc.components.schemas.Countdown as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(countdown.properties).sort()).toEqual(Object.keys(ApiCountdown.shape).sort());
    // The response schema refuses a token value sneaking into a tenant.
    const tenant = { id: "t", name: "n", slug: "s", region: null, timeZone: "UTC", secureEnrollment: "ENFORCED", multiToken: false, currentTokens: [], devices: 0, nextRotationAt: null, lastSyncedAt: null };
    expect(TenantListResponse.safeParse({ tenants: [tenant] }).success).toBe(true);
    expect(TenantListResponse.safeParse({ tenants: [{ ...tenant, authToken: "x" }] }).success).toBe(false);
  });
});
