import { describe, expect, it } from "vitest";
import { clientNavigationPath, type ClickFacts, type Here, type LinkFacts } from "@/lib/ui/navigation-click";

const ORIGIN = "https://eh.example.com";
const HERE: Here = { origin: ORIGIN, pathname: "/calendar", search: "?month=2026-12" };
const plain: ClickFacts = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const link = (over: Partial<LinkFacts> = {}): LinkFacts => ({ href: `${ORIGIN}/tenants/t1`, target: null, download: false, ...over });

describe("clientNavigationPath", () => {
  it("navigates in the page on a plain primary click of a same-origin link, keeping query and fragment", () => {
    expect(clientNavigationPath(plain, link(), HERE)).toBe("/tenants/t1");
    expect(clientNavigationPath(plain, link({ href: `${ORIGIN}/devices?tenant=t1&page=2#list` }), HERE)).toBe("/devices?tenant=t1&page=2#list");
    expect(clientNavigationPath(plain, link({ target: "_self" }), HERE)).toBe("/tenants/t1");
    expect(clientNavigationPath(plain, link({ target: "" }), HERE)).toBe("/tenants/t1");
    // a fragment of another page, or of this path with another query, is a navigation
    expect(clientNavigationPath(plain, link({ href: `${ORIGIN}/calendar?month=2027-01#calendar-list` }), HERE)).toBe("/calendar?month=2027-01#calendar-list");
    expect(clientNavigationPath(plain, link({ href: `${ORIGIN}/apiary` }), HERE)).toBe("/apiary");
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
    expect(clientNavigationPath({ ...plain, ...over }, link(), HERE)).toBeNull();
  });

  it.each([
    ["another site", link({ href: "https://console.netskope.example/settings" })],
    ["another port of the same host", link({ href: "https://eh.example.com:8443/tenants/t1" })],
    ["a target of its own", link({ target: "_blank" })],
    ["a named window", link({ target: "report" })],
    ["a download", link({ download: true })],
    ["an API route (an export)", link({ href: `${ORIGIN}/api/devices/export?tenantId=t1` })],
    ["the API root", link({ href: `${ORIGIN}/api` })],
    ["a fragment of this page", link({ href: `${ORIGIN}/calendar?month=2026-12#calendar-list` })],
    ["not a URL", link({ href: "not a url" })],
  ] as const)("leaves the link to the browser: %s", (_, l) => {
    expect(clientNavigationPath(plain, l, HERE)).toBeNull();
  });
});
