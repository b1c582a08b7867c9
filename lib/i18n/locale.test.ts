import { describe, expect, it } from "vitest";
import { fromAcceptLanguage, resolveLocale } from "./locale";

describe("locale resolution", () => {
  it.each([
    [{ userLocale: "ja", cookie: "en", acceptLanguage: "en" }, "ja"],
    [{ userLocale: null, cookie: "ja", acceptLanguage: "en" }, "ja"],
    [{ cookie: "fr", acceptLanguage: "ja-JP,ja;q=0.9,en;q=0.8" }, "ja"],
    [{ acceptLanguage: "fr-FR, en;q=0.5, ja;q=0.7" }, "ja"],
    [{ acceptLanguage: "de" }, "en"],
    [{}, "en"],
  ])("%j → %s", (input, expected) => expect(resolveLocale(input)).toBe(expected));

  it("ignores q=0", () => expect(fromAcceptLanguage("ja;q=0, en")).toBe("en"));
});
