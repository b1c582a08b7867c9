// Microsoft Teams incoming webhook body: an Adaptive Card in a message attachment, which both the
// Workflows "post to a channel when a webhook request is received" template and the older Office 365
// connectors accept (https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using).
import type { RenderedMessage } from "./render";

export function teamsPayload(r: RenderedMessage) {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          msteams: { width: "Full" },
          body: [
            { type: "TextBlock", text: r.title, weight: "Bolder", size: "Medium", wrap: true, color: r.color === "#0F766E" ? "Good" : "Attention" },
            { type: "TextBlock", text: r.summary, wrap: true },
            ...(r.facts.length ? [{ type: "FactSet", facts: r.facts.map(([title, value]) => ({ title, value })) }] : []),
            { type: "TextBlock", text: r.footer, wrap: true, isSubtle: true, size: "Small" },
          ],
          actions: [{ type: "Action.OpenUrl", title: r.linkLabel, url: r.link }],
        },
      },
    ],
  };
}
