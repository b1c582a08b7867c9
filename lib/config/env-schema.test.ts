import { describe, expect, it } from "vitest";
import { EnvSchema, describeEnvError } from "./env-schema";

const parse = (env: Record<string, string>) => EnvSchema.safeParse(env);

describe("environment: sign-in settings", () => {
  it("has safe defaults", () => {
    const e = parse({});
    expect(e.success && e.data).toMatchObject({ AUTH_MAX_FAILED_LOGINS: 5, AUTH_LOCKOUT_MINUTES: 15, AUTH_RATE_LIMIT_PER_MINUTE: 10, OIDC_NAME: "SSO", TRUSTED_PROXIES: [] });
  });

  it("takes single sign-on as all three settings or none", () => {
    expect(parse({ OIDC_ISSUER: "https://login.example.com/tenant/v2.0", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "s" }).success).toBe(true);
    const partial = parse({ OIDC_ISSUER: "https://login.example.com" });
    expect(partial.success).toBe(false);
    expect(describeEnvError(partial.error!)).toMatch(/OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/);
  });

  it("refuses a short session secret and reads trusted proxies as a list", () => {
    expect(describeEnvError(parse({ BETTER_AUTH_SECRET: "short" }).error!)).toMatch(/BETTER_AUTH_SECRET: must be at least 32 characters/);
    const e = parse({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.10" });
    expect(e.success && e.data.TRUSTED_PROXIES).toEqual(["10.0.0.0/8", "192.0.2.10"]);
  });
});

describe("environment: database", () => {
  it("prepares the hot path's statements unless told not to (a PgBouncer in transaction mode)", () => {
    const on = (v?: string) => {
      const e = parse(v === undefined ? {} : { DATABASE_PREPARED_STATEMENTS: v });
      return e.success ? e.data.DATABASE_PREPARED_STATEMENTS : e.error;
    };
    expect([on(), on(""), on("1"), on("true")]).toEqual([true, true, true, true]);
    expect([on("0"), on("false")]).toEqual([false, false]);
    expect(describeEnvError(parse({ DATABASE_PREPARED_STATEMENTS: "no" }).error!)).toMatch(/DATABASE_PREPARED_STATEMENTS/);
  });
});
