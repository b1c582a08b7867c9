// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes parse their
// bodies and responses with (zod 4's JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses as
// is). Each schema becomes a named component and every operation refers to it. A route added under
// app/api/v1 without an entry here fails openapi.test.ts.
import { z } from "zod";
import { InstallCommandLintRequest, InstallCommandLintResponse, WhatIfEnrollmentRequest, WhatIfEnrollmentResponse, WhatIfReadinessRequest, WhatIfReadinessResponse } from "@/lib/domain/what-if";
import { ApiCountdown, ApiError, ApiTenant, ApiToken, ApiTokenSet, CountdownListResponse, TenantListResponse, TenantResponse, TokenSetListResponse } from "./schemas";

interface Operation {
  method: "get" | "post";
  path: string;
  summary: string;
  tag: "Tenants" | "Countdowns" | "What-if" | "Meta";
  auth: boolean;
  tenantParam?: boolean;
  request?: z.ZodType;
  response: z.ZodType | null;
}

export const API_OPERATIONS: Operation[] = [
  { method: "get", path: "/api/v1/tenants", summary: "The tenants the caller may see", tag: "Tenants", auth: true, response: TenantListResponse },
  { method: "get", path: "/api/v1/tenants/{tenantId}", summary: "One tenant", tag: "Tenants", auth: true, tenantParam: true, response: TenantResponse },
  { method: "get", path: "/api/v1/tenants/{tenantId}/token-sets", summary: "A tenant's token sets and tokens (metadata; never the values)", tag: "Tenants", auth: true, tenantParam: true, response: TokenSetListResponse },
  { method: "get", path: "/api/v1/tenants/{tenantId}/countdowns", summary: "Countdowns of a tenant's live tokens", tag: "Countdowns", auth: true, tenantParam: true, response: CountdownListResponse },
  { method: "get", path: "/api/v1/countdowns", summary: "Countdowns of every visible tenant's live tokens, soonest first", tag: "Countdowns", auth: true, response: CountdownListResponse },
  { method: "post", path: "/api/v1/what-if/enrollment", summary: "Would this enrollment attempt succeed? (stateless)", tag: "What-if", auth: false, request: WhatIfEnrollmentRequest, response: WhatIfEnrollmentResponse },
  { method: "post", path: "/api/v1/what-if/readiness", summary: "Would this device's next enrollment be refused after a change? (stateless)", tag: "What-if", auth: false, request: WhatIfReadinessRequest, response: WhatIfReadinessResponse },
  { method: "post", path: "/api/v1/install-command/lint", summary: "Parse and lint an install command; tokens come back masked (stateless)", tag: "What-if", auth: false, request: InstallCommandLintRequest, response: InstallCommandLintResponse },
  { method: "get", path: "/api/v1/openapi.json", summary: "This document", tag: "Meta", auth: false, response: null },
];

const NAMES = new Map<z.ZodType, string>([
  [WhatIfEnrollmentRequest, "WhatIfEnrollmentRequest"],
  [WhatIfEnrollmentResponse, "WhatIfEnrollmentResponse"],
  [WhatIfReadinessRequest, "WhatIfReadinessRequest"],
  [WhatIfReadinessResponse, "WhatIfReadinessResponse"],
  [InstallCommandLintRequest, "InstallCommandLintRequest"],
  [InstallCommandLintResponse, "InstallCommandLintResponse"],
]);

const FieldErrors = z
  .object({ error: z.string(), message: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() })
  .meta({ id: "PublicError", description: "An error of the public, stateless endpoints" });

/** The schemas as named components (ids from `.meta({ id })`, or the names above). */
function components(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const all = [...new Set([...API_OPERATIONS.flatMap((o) => [o.request, o.response]), ApiTenant, ApiToken, ApiTokenSet, ApiCountdown, ApiError, FieldErrors])].filter((s): s is z.ZodType => !!s);
  for (const s of all) {
    const id = (s.meta() as { id?: string } | undefined)?.id ?? NAMES.get(s);
    if (!id) throw new Error("an API schema has no component name");
    if (!registry.has(s)) registry.add(s, { id });
  }
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: "throw" });
  // Each component is embedded in the document, not a standalone JSON Schema document.
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, Object.fromEntries(Object.entries(s).filter(([k]) => k !== "$schema" && k !== "$id"))]));
}

const idOf = (s: z.ZodType) => (s.meta() as { id?: string } | undefined)?.id ?? NAMES.get(s)!;
const ref = (s: z.ZodType) => ({ $ref: `#/components/schemas/${idOf(s)}` });
const json = (schema: unknown) => ({ "application/json": { schema } });

function operation(o: Operation) {
  const errors = o.auth
    ? {
        "401": { description: "No session and no valid API key", content: json(ref(ApiError)) },
        "403": { description: "Role too low", content: json(ref(ApiError)) },
        ...(o.tenantParam ? { "404": { description: "No such tenant, or one the caller may not see", content: json(ref(ApiError)) } } : {}),
      }
    : o.request
      ? { "400": { description: "The body does not match the schema", content: json(ref(FieldErrors)) }, "429": { description: "Rate limited", content: json(ref(FieldErrors)) } }
      : {};
  return {
    operationId: `${o.method}${o.path.replace(/\/api\/v1/, "").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
    summary: o.summary,
    tags: [o.tag],
    security: o.auth ? [{ apiKey: [] }, { session: [] }] : [],
    ...(o.tenantParam ? { parameters: [{ name: "tenantId", in: "path", required: true, schema: { type: "string" } }] } : {}),
    ...(o.request ? { requestBody: { required: true, content: json(ref(o.request)) } } : {}),
    responses: { "200": { description: "OK", content: json(o.response ? ref(o.response) : { type: "object", description: "this OpenAPI document" }) }, ...errors },
  };
}

/** The whole document. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const o of API_OPERATIONS) (paths[o.path] ??= {})[o.method] = operation(o);
  return {
    openapi: "3.1.0",
    info: {
      title: "Enrollment Health API",
      version: "1",
      description: "Read-only access to Netskope Secure Enrollment token metadata and countdowns, plus stateless what-if calculators. Token values are never returned.",
    },
    servers: [{ url: "/" }],
    tags: [{ name: "Tenants" }, { name: "Countdowns" }, { name: "What-if" }, { name: "Meta" }],
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An API key (Settings → API keys): `Authorization: Bearer ehk_…`" },
        session: { type: "apiKey", in: "cookie", name: "eh.session_token", description: "A signed-in browser session" },
      },
    },
  };
}
