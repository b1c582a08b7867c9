// One notification to one channel, whatever its kind. Throws SendError (masked) on failure.
import { webhookPayload, type MessageModel } from "@/lib/domain/notifications-message";
import { sendEmail, type SmtpConfig } from "./email";
import { postJson } from "./http";
import { renderMessage } from "./render";
import { slackPayload } from "./slack";
import type { ChannelKind } from "./target";
import { teamsPayload } from "./teams";

export interface SendInput {
  channel: { kind: ChannelKind; name: string; locale: string };
  /** the decrypted destination: e-mail addresses or the webhook URL */
  target: string;
  model: MessageModel;
  deliveryId: string;
  now: Date;
  smtp: SmtpConfig | null;
}

export async function sendNotification({ channel, target, model, deliveryId, now, smtp }: SendInput): Promise<void> {
  const rendered = renderMessage(model, channel.locale, channel.name);
  switch (channel.kind) {
    case "EMAIL":
      return sendEmail(smtp, target, rendered);
    case "SLACK":
      return postJson(target, slackPayload(rendered));
    case "TEAMS":
      return postJson(target, teamsPayload(rendered));
    case "WEBHOOK": {
      const body = webhookPayload(model, deliveryId, now, rendered);
      // The delivery id doubles as an idempotency key for receivers that see a retry twice.
      return postJson(target, body, { "x-eh-delivery": deliveryId, "x-eh-event": body.event });
    }
    default: {
      const never: never = channel.kind;
      throw new Error(`unknown channel kind ${String(never)}`);
    }
  }
}
