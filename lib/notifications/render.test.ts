import { describe, expect, it } from "vitest";
import { messageModel } from "@/lib/domain/notifications-message";
import { emailContent } from "./email";
import { renderMessage } from "./render";
import { slackPayload } from "./slack";
import { teamsPayload } from "./teams";

const model = messageModel({
  purpose: "alert",
  now: new Date("2026-12-25T08:30:00+09:00"),
  appUrl: "https://eh.example.com",
  tenant: { id: "ten_1", name: "Acme <Corp> & Co", slug: "acme", timeZone: "Asia/Tokyo" },
  alert: { id: "al_1", level: "CRITICAL", thresholdDays: 7, createdAt: new Date(), token: { kind: "AUTH", fingerprint: "3f9a0c1d5e6f", expiresAt: new Date("2026-12-31T18:00:00+09:00") } },
});

describe("renderMessage", () => {
  it("English: tenant, kind, fingerprint, local expiry with its zone, time left, level", () => {
    const r = renderMessage(model, "en", "ops");
    expect(r.title).toBe("Acme <Corp> & Co: the authentication token expires in 6 days 9 hours");
    expect(r.summary).toContain("fingerprint 3f9a0c1d");
    expect(r.facts).toEqual([
      ["Tenant", "Acme <Corp> & Co"],
      ["Token", "authentication"],
      ["Fingerprint", "3f9a0c1d"],
      ["Expires", "2026-12-31 18:00 (Asia/Tokyo)"],
      ["Time left", "6 days 9 hours"],
      ["Level", "Critical"],
    ]);
    expect(r.link).toBe("https://eh.example.com/tenants/ten_1");
  });

  it("Japanese, and escalations say nobody acknowledged", () => {
    const r = renderMessage({ ...model, purpose: "escalation" }, "ja", "ops");
    expect(r.title).toBe("未確認: Acme <Corp> & Co: 認証トークンの有効期限まで残り6日9時間");
    expect(r.summary).toContain("まだ誰も確認していません");
  });

  it("a test names the channel", () => {
    const r = renderMessage(messageModel({ purpose: "test", now: new Date(), appUrl: "http://x", tenant: null, alert: null }), "en", "secops mail");
    expect(r.summary).toContain("“secops mail” works");
  });
});

describe("channel payloads escape what they must", () => {
  const r = renderMessage(model, "en", "ops");
  it("e-mail HTML escapes the tenant name; the text part is plain", () => {
    const mail = emailContent(r);
    expect(mail.html).toContain("Acme &lt;Corp&gt; &amp; Co");
    expect(mail.html).not.toContain("<Corp>");
    expect(mail.text).toContain("Tenant: Acme <Corp> & Co");
  });
  it("Slack mrkdwn escapes <, > and &; the header is plain text", () => {
    const body = JSON.stringify(slackPayload(r));
    expect(body).toContain("Acme &lt;Corp&gt; &amp; Co");
    expect(slackPayload(r).blocks[0]).toMatchObject({ type: "header", text: { type: "plain_text", text: r.title } });
  });
  it("Teams gets an Adaptive Card with the facts and a link", () => {
    const card = teamsPayload(r).attachments[0]!.content;
    expect(card.body.find((b) => b.type === "FactSet")).toMatchObject({ facts: expect.arrayContaining([{ title: "Fingerprint", value: "3f9a0c1d" }]) });
    expect(card.actions[0]).toEqual({ type: "Action.OpenUrl", title: "Open the tenant", url: "https://eh.example.com/tenants/ten_1" });
  });
});
