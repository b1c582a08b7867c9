import { describe, expect, it } from "vitest";
import { clientNavigationPath, type ClickFacts, type LinkFacts } from "@/lib/ui/navigation-click";

const ORIGIN = "https://eh.example.com";
const plain: ClickFacts = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const link = (over: Partial<LinkFacts> = {}): LinkFacts => ({ href: `${ORIGIN}/tenants/t1`, target: null, download: false, ...over });

describe("clientNavigationPath", () => {
  it("navigates in the page on a plain primary click of a same-origin link, keeping query and fragment", () => {
    expect(clientNavigationPath(plain, link(), ORIGIN)).toBe("/tenants/t1");
    expect(clientNavigationPath(plain, link({ href: `${ORIGIN}/devices?tenant=t1&page=2#list` }), ORIGIN)).toBe("/devices?tenant=t1&page=2#list");
    expect(clientNavigationPath(plain, link({ target: "_self" }), ORIGIN)).toBe("/tenants/t1");
    expect(clientNavigationPath(plain, link({ target: "" }), ORIGIN)).toBe("/tenants/t1");
  });

  it.each([
    ["middle button", { button: 1 }],
    ["secondary button", { button: 2 }],
    ["⌘ (new tab on macOS)", { metaKey: true }],
    ["Ctrl (new tab)", { ctrlKey: true }],
    ["Shift (new window)", { shiftKey: true }],
    ["Alt (download)", { altKey: true }],
    ["a handler already took it", { defaultPrevented: true }],
  ] as const)("leaves the click to the browser: %s", (_, over) => {
    expect(clientNavigationPath({ ...plain, ...over }, link(), ORIGIN)).toBeNull();
  });

  it.each([
    ["another site", link({ href: "https://console.netskope.example/settings" })],
    ["another port of the same host", link({ href: "https://eh.example.com:8443/tenants/t1" })],
    ["a target of its own", link({ target: "_blank" })],
    ["a named window", link({ target: "report" })],
    ["a download", link({ download: true })],
    ["not a URL", link({ href: "not a url" })],
  ] as const)("leaves the link to the browser: %s", (_, l) => {
    expect(clientNavigationPath(plain, l, ORIGIN)).toBeNull();
  });
});
