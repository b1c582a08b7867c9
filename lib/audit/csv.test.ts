import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("audit CSV", () => {
  it.each([
    ["plain", "plain"],
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["line\nbreak", '"line\nbreak"'],
    ["=HYPERLINK(\"x\")", '"\'=HYPERLINK(""x"")"'],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@sum", "'@sum"],
    [null, ""],
    [42, "42"],
    [new Date(0), "1970-01-01T00:00:00.000Z"],
    [{ a: 1 }, '"{""a"":1}"'],
  ])("%j → %s", (input, expected) => expect(csvCell(input)).toBe(expected));

  it("writes ids (bigint) as numbers", () => expect(csvCell(BigInt("9007199254740993"))).toBe("9007199254740993"));

  it("joins cells and ends with CRLF", () => expect(csvRow(["a", 1, null])).toBe("a,1,\r\n"));
});
