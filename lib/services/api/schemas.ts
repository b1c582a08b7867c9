// The JSON API's response shapes, as zod schemas: the routes parse every response through them
// (a field that leaks in or goes missing fails loudly) and the OpenAPI document is generated from
// them (lib/services/api/openapi.ts), so the documentation cannot drift from what the routes send.
// No schema has a field for a token value: they cannot carry one.
import { z } from "zod";

const Instant = z.iso.datetime({ offset: true }).describe("ISO 8601 instant (UTC)");
const TokenKind = z.enum(["AUTH", "ENCRYPTION"]).describe("AUTH: the authentication token; ENCRYPTION: the optional encryption token");
const TokenStage = z.enum(["CURRENT", "PENDING", "PREVIOUS", "RETIRED"]);

export const ApiTenant = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    region: z.string().nullable(),
    timeZone: z.string().describe("IANA time zone the tenant's countdowns and planner use"),
    secureEnrollment: z.enum(["DISABLED", "NOT_ENFORCED", "ENFORCED"]),
    multiToken: z.boolean(),
    currentTokens: z.array(z.strictObject({ kind: TokenKind, expiresAt: Instant.nullable() })),
    devices: z.int().min(0).describe("devices known as of the last device sync or import"),
    nextRotationAt: Instant.nullable(),
    lastSyncedAt: Instant.nullable(),
  })
  .meta({ id: "Tenant" });
export type ApiTenant = z.infer<typeof ApiTenant>;

export const ApiToken = z
  .strictObject({
    id: z.string(),
    kind: TokenKind,
    stage: TokenStage,
    source: z.enum(["SYNC", "MANUAL", "ROTATION", "DEMO"]),
    fingerprintPrefix: z.string().regex(/^[0-9a-f]{8}$/).describe("first 8 hex characters of the keyed fingerprint (HMAC), to tell tokens apart; never the value"),
    vendorCreatedAt: Instant.nullable(),
    expiresAt: Instant.nullable(),
    retiredAt: Instant.nullable(),
  })
  .meta({ id: "Token" });

export const ApiTokenSet = z
  .strictObject({
    id: z.string(),
    vendorTokenSetId: z.string().nullable().describe("Netskope's tsid"),
    stage: TokenStage,
    enforceStatus: z.enum(["NOT_ENFORCED", "ENFORCED"]),
    vendorCreatedAt: Instant.nullable(),
    tokens: z.array(ApiToken),
  })
  .meta({ id: "TokenSet" });
export type ApiTokenSet = z.infer<typeof ApiTokenSet>;

export const ApiCountdown = z
  .strictObject({
    tenantId: z.string(),
    tenantName: z.string(),
    timeZone: z.string(),
    tokenId: z.string(),
    kind: TokenKind,
    stage: TokenStage,
    expiresAt: Instant,
    expired: z.boolean(),
    days: z.int().min(0).describe("whole days left in the tenant's zone"),
    hours: z.int().min(0).describe("hours left after `days`"),
    calendarDaysLeft: z.int().describe("calendar days from today to the expiry day in the tenant's zone; negative once expired"),
    level: z.enum(["ok", "notice", "warning", "critical", "expired"]),
    thresholdDays: z.int().nullable().describe("the closest threshold reached, in days"),
  })
  .meta({ id: "Countdown" });
export type ApiCountdown = z.infer<typeof ApiCountdown>;

export const TenantListResponse = z.strictObject({ tenants: z.array(ApiTenant) }).meta({ id: "TenantList" });
export const TenantResponse = z.strictObject({ tenant: ApiTenant }).meta({ id: "TenantResponse" });
export const TokenSetListResponse = z.strictObject({ tokenSets: z.array(ApiTokenSet) }).meta({ id: "TokenSetList" });
export const CountdownListResponse = z.strictObject({ generatedAt: Instant, countdowns: z.array(ApiCountdown) }).meta({ id: "CountdownList" });

export const ApiError = z
  .object({ error: z.object({ code: z.string(), message: z.string() }).catchall(z.unknown()) })
  .meta({ id: "Error", description: "Any non-2xx answer of an authenticated route" });
