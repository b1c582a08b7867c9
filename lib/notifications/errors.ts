// A failed send, with a message safe to store and show: the webhook URL (a secret) and SMTP
// credentials are masked out of anything a library or a server echoes back.
import { redactText, SecretRegistry } from "@/lib/log/redact";

export class SendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SendError";
  }
}

/** The secrets of one destination: the whole URL, its path and query, and each longer path segment. */
export function destinationSecrets(target: string): SecretRegistry {
  const secrets = new SecretRegistry();
  secrets.add(target);
  try {
    const url = new URL(target);
    secrets.add(url.pathname + url.search);
    secrets.add(url.search.slice(1));
    for (const segment of url.pathname.split("/")) secrets.add(segment);
    for (const value of url.searchParams.values()) secrets.add(value);
    secrets.add(decodeURIComponent(url.password));
    secrets.add(url.username);
  } catch {
    // not a URL (e-mail addresses): the value itself is enough
  }
  return secrets;
}

/** A SendError from anything thrown, masked, one line, at most 300 characters. */
export function toSendError(e: unknown, secrets: SecretRegistry): SendError {
  const err = e as { message?: string; cause?: { code?: string; message?: string } };
  const base = err?.message ?? String(e);
  const cause = err?.cause?.code ?? err?.cause?.message;
  const text = cause && !base.includes(cause) ? `${base} (${cause})` : base;
  return new SendError(redactText(text.replace(/\s+/g, " ").trim(), secrets).slice(0, 300));
}
