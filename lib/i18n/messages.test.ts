import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";

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
});
