// All message namespaces, per locale. Add a namespace here when adding messages/<locale>/<ns>.json;
// lib/i18n/messages.test.ts checks that every key exists in every locale.
import type { Locale } from "@/lib/i18n/locale";
import enCommon from "@/messages/en/common.json";
import jaCommon from "@/messages/ja/common.json";
import enPages from "@/messages/en/pages.json";
import jaPages from "@/messages/ja/pages.json";
import enDomain from "@/messages/en/domain.json";
import jaDomain from "@/messages/ja/domain.json";
import enTools from "@/messages/en/tools.json";
import jaTools from "@/messages/ja/tools.json";
import enAuth from "@/messages/en/auth.json";
import jaAuth from "@/messages/ja/auth.json";
import enAdmin from "@/messages/en/admin.json";
import jaAdmin from "@/messages/ja/admin.json";
import enCalendar from "@/messages/en/calendar.json";
import jaCalendar from "@/messages/ja/calendar.json";
import enConnections from "@/messages/en/connections.json";
import jaConnections from "@/messages/ja/connections.json";
import enDevices from "@/messages/en/devices.json";
import jaDevices from "@/messages/ja/devices.json";
import enNotifications from "@/messages/en/notifications.json";
import jaNotifications from "@/messages/ja/notifications.json";
import enOverview from "@/messages/en/overview.json";
import jaOverview from "@/messages/ja/overview.json";
import enReport from "@/messages/en/report.json";
import jaReport from "@/messages/ja/report.json";
import enRotations from "@/messages/en/rotations.json";
import jaRotations from "@/messages/ja/rotations.json";
import enTenant from "@/messages/en/tenant.json";
import jaTenant from "@/messages/ja/tenant.json";

// One namespace per line, so parallel work adds lines rather than editing the same one.
export const MESSAGES = {
  en: {
    common: enCommon,
    pages: enPages,
    domain: enDomain,
    tools: enTools,
    auth: enAuth,
    admin: enAdmin,
    calendar: enCalendar,
    connections: enConnections,
    devices: enDevices,
    notifications: enNotifications,
    overview: enOverview,
    report: enReport,
    rotations: enRotations,
    tenant: enTenant,
  },
  ja: {
    common: jaCommon,
    pages: jaPages,
    domain: jaDomain,
    tools: jaTools,
    auth: jaAuth,
    admin: jaAdmin,
    calendar: jaCalendar,
    connections: jaConnections,
    devices: jaDevices,
    notifications: jaNotifications,
    overview: jaOverview,
    report: jaReport,
    rotations: jaRotations,
    tenant: jaTenant,
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale] as Messages;
}
