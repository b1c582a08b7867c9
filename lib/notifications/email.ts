// E-mail through the configured SMTP server (SMTP_URL, SMTP_FROM) with nodemailer: a plain-text
// part and a simple HTML part with the same content.
import nodemailer from "nodemailer";
import { destinationSecrets, SendError, toSendError } from "./errors";
import type { RenderedMessage } from "./render";

export interface SmtpConfig {
  url: string;
  from: string;
}

const html = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function emailContent(r: RenderedMessage) {
  const text = [r.summary, "", ...r.facts.map(([k, v]) => `${k}: ${v}`), "", `${r.linkLabel}: ${r.link}`, "", r.footer].join("\n");
  const rows = r.facts.map(([k, v]) => `<tr><th align="left" style="padding:2px 12px 2px 0">${html(k)}</th><td>${html(v)}</td></tr>`).join("");
  const body = `<div style="font-family:system-ui,sans-serif;font-size:14px">
<p style="border-left:4px solid ${r.color};padding-left:8px;font-size:16px"><strong>${html(r.title)}</strong></p>
<p>${html(r.summary)}</p><table>${rows}</table>
<p><a href="${html(r.link)}">${html(r.linkLabel)}</a></p><p style="color:#666;font-size:12px">${html(r.footer)}</p></div>`;
  return { subject: r.title, text, html: body };
}

export async function sendEmail(smtp: SmtpConfig | null, to: string, r: RenderedMessage): Promise<void> {
  if (!smtp) throw new SendError("E-mail is not configured: set SMTP_URL and SMTP_FROM");
  const secrets = destinationSecrets(smtp.url);
  const transport = nodemailer.createTransport(smtp.url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never);
  try {
    await transport.sendMail({ from: smtp.from, to, ...emailContent(r) });
  } catch (e) {
    throw toSendError(e, secrets);
  } finally {
    transport.close();
  }
}
