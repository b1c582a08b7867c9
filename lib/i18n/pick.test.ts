import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick";

const messages = { common: { appName: "EH", error: { title: "Oops", retry: "Retry" } }, tenant: { a: "A", b: { c: "C" } }, auth: { errors: { x: "X" }, roles: { ADMIN: "Admin" } } };

describe("pickMessages", () => {
  it("keeps whole namespaces and nested paths, in their shape", () => {
    expect(pickMessages(messages, ["tenant", "common.error", "auth.errors"])).toEqual({
      tenant: { a: "A", b: { c: "C" } },
      common: { error: { title: "Oops", retry: "Retry" } },
      auth: { errors: { x: "X" } },
    });
  });

  it("merges sibling paths and overlapping ones, and skips unknown paths", () => {
    expect(pickMessages(messages, ["auth.errors", "auth.roles", "auth.nope", "nope"])).toEqual({ auth: { errors: { x: "X" }, roles: { ADMIN: "Admin" } } });
    expect(pickMessages(messages, ["tenant.b", "tenant"])).toEqual({ tenant: messages.tenant });
    const before = JSON.stringify(messages);
    expect(pickMessages(messages, ["tenant", "tenant.b", "common.error", "common"])).toEqual({ tenant: messages.tenant, common: messages.common });
    expect(JSON.stringify(messages)).toBe(before);
  });
});
