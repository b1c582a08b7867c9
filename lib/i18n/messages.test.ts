// icu-minify is what next.config.ts's precompile step runs on every message at build time (through
// next-intl, which pins it); a message it cannot parse fails the build, so fail here first.
import compile from "icu-minify/compile";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";

function entries(value: unknown, prefix = ""): [string, unknown][] {
  if (value && typeof value === "object" && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
  return [[prefix, value]];
}

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object" && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("messages", () => {
  it("every locale has exactly the same keys", () => {
    const en = keys(MESSAGES.en).sort();
    const ja = keys(MESSAGES.ja).sort();
    expect(ja.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !ja.includes(k))).toEqual([]);
  });

  it("no message is empty", () => {
    for (const locale of Object.values(MESSAGES)) {
      const flat = JSON.stringify(locale);
      expect(flat).not.toMatch(/:""/);
    }
  });

  it("every message is a string that compiles as ICU (a literal < or { needs quoting: '<tenant>')", () => {
    const bad: string[] = [];
    for (const [locale, messages] of Object.entries(MESSAGES))
      for (const [key, message] of entries(messages)) {
        try {
          if (typeof message !== "string") throw new Error(typeof message);
          compile(message);
        } catch (e) {
          bad.push(`${locale}:${key}: ${(e as Error).message}`);
        }
      }
    expect(bad).toEqual([]);
  });
});
