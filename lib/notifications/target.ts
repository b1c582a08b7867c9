// A channel's destination: e-mail addresses, or a webhook URL (a secret: whoever has it can post to
// the channel). Validated per kind; people only ever see a hint that reveals nothing usable.
import { z } from "zod";

export type ChannelKind = "EMAIL" | "SLACK" | "TEAMS" | "WEBHOOK";

const Email = z.email();
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** Normalized destination, or an error message. Webhooks need HTTPS (plain HTTP only to this machine). */
export function parseTarget(kind: ChannelKind, raw: string): { ok: true; value: string } | { ok: false; error: string } {
  const value = raw.trim();
  if (kind === "EMAIL") {
    const list = value.split(/[,;\s]+/).filter(Boolean);
    if (list.length === 0 || list.length > 20) return { ok: false, error: "between 1 and 20 e-mail addresses" };
    if (!list.every((a) => Email.safeParse(a).success)) return { ok: false, error: "not a valid e-mail address" };
    return { ok: true, value: list.join(", ") };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, error: "not a URL" };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) return { ok: false, error: "must be an https:// URL" };
  if (url.username || url.password) return { ok: false, error: "must not contain a user name or password" };
  if (value.length > 2048) return { ok: false, error: "too long" };
  return { ok: true, value: url.toString() };
}

/** "o••@example.com (+1)" or "hooks.slack.com/…/x7Q2": enough to recognise, nothing to use. */
export function targetHint(kind: ChannelKind, value: string): string {
  if (kind === "EMAIL") {
    const [first, ...rest] = value.split(/,\s*/);
    const [local = "", domain = ""] = first!.split("@");
    return `${local.slice(0, 1)}••@${domain}${rest.length ? ` (+${rest.length})` : ""}`;
  }
  const url = new URL(value);
  const tail = (url.pathname + url.search).replace(/[^A-Za-z0-9]/g, "").slice(-4);
  return `${url.host}/…${tail ? `/${tail}` : ""}`;
}
