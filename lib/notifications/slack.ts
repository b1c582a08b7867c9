// Slack incoming webhook body: a fallback `text` plus Block Kit blocks
// (https://api.slack.com/messaging/webhooks, https://api.slack.com/block-kit).
import type { RenderedMessage } from "./render";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function slackPayload(r: RenderedMessage) {
  return {
    text: r.title,
    blocks: [
      { type: "header", text: { type: "plain_text", text: r.title.slice(0, 150), emoji: false } },
      { type: "section", text: { type: "mrkdwn", text: esc(r.summary) } },
      ...(r.facts.length ? [{ type: "section", fields: r.facts.slice(0, 10).map(([k, v]) => ({ type: "mrkdwn", text: `*${esc(k)}*\n${esc(v)}` })) }] : []),
      { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: r.linkLabel }, url: r.link }] },
      { type: "context", elements: [{ type: "mrkdwn", text: esc(r.footer) }] },
    ],
  };
}
