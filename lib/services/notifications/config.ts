import "server-only";
// Notification settings: the escalation delay (app_setting "notifications"), SMTP and the app's URL.
import { z } from "zod";
import { DEFAULT_ESCALATION_DELAY_HOURS } from "@/lib/domain/notifications";
import type { SmtpConfig } from "@/lib/notifications/email";
import type { Db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

export const NOTIFICATION_SETTING_KEY = "notifications";
const Settings = z.object({ escalationDelayHours: z.number().min(0).max(168).default(DEFAULT_ESCALATION_DELAY_HOURS) });
export type NotificationSettings = z.infer<typeof Settings>;

/** The stored settings, defaults filled in (a malformed value falls back to the defaults). */
export async function notificationSettings(db: Pick<Db, "appSetting">): Promise<NotificationSettings> {
  const row = await db.appSetting.findUnique({ where: { key: NOTIFICATION_SETTING_KEY } });
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

/** SMTP from the environment; null when e-mail is not configured. */
export function smtpConfig(): SmtpConfig | null {
  const e = env();
  if (!e.SMTP_URL) return null;
  return { url: e.SMTP_URL, from: e.SMTP_FROM ?? `Enrollment Health <no-reply@${new URL(e.APP_URL).hostname}>` };
}

/** The SMTP host:port for the settings page (never the credentials). */
export function smtpHost(): string | null {
  const smtp = smtpConfig();
  return smtp ? new URL(smtp.url).host : null;
}

export const appUrl = (): string => env().APP_URL;
