// POSTs a JSON body to a webhook. Any 2xx is success (Slack answers 200 "ok", Teams workflows 202,
// legacy Teams connectors 200 "1"); anything else throws a SendError naming the status and the start
// of the body, with the URL masked out.
import { destinationSecrets, SendError, toSendError } from "./errors";

export const WEBHOOK_TIMEOUT_MS = 10_000;

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}, timeoutMs = WEBHOOK_TIMEOUT_MS): Promise<void> {
  const secrets = destinationSecrets(url);
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "enrollment-health-notifier/1", ...headers },
      body: JSON.stringify(body),
      // A redirect would resend the body somewhere the admin did not configure.
      redirect: "error",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    if ((e as Error)?.name === "TimeoutError") throw new SendError(`No answer within ${timeoutMs / 1000} s`);
    throw toSendError(e, secrets);
  }
  if (res.ok) {
    await res.body?.cancel().catch(() => undefined);
    return;
  }
  const text = (await res.text().catch(() => "")).slice(0, 200);
  throw toSendError(new Error(`HTTP ${res.status}${text ? `: ${text}` : ""}`), secrets);
}
