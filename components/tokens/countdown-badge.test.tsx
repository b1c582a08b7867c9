// The countdown words, remembered per (expired, days, hours), must say what the messages say for each
// countdown, in both languages, whatever order a table asks in.
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Countdown } from "@/lib/domain/countdown";
import enOverview from "@/messages/en/overview.json";
import jaOverview from "@/messages/ja/overview.json";
import { CountdownPill, useCountdownWords } from "./countdown-badge";

const H = 3_600_000;
const left = (days: number, hours: number): Countdown => ({ expired: false, msLeft: (days * 24 + hours) * H + 60_000, calendarDaysLeft: days, days, hours, level: "warning", threshold: { days: 14, level: "warning" } });
const ago = (hours: number): Countdown => ({ expired: true, msLeft: -hours * H - 60_000, calendarDaysLeft: 0, days: 0, hours: 0, level: "expired", threshold: null });

function Table({ countdowns }: { countdowns: Countdown[] }) {
  const words = useCountdownWords();
  return (
    <>
      {countdowns.map((c, i) => (
        <CountdownPill key={i} countdown={c} words={words} />
      ))}
    </>
  );
}

const texts = (locale: "en" | "ja", countdowns: Countdown[]) => {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={{ overview: locale === "en" ? enOverview : jaOverview }}>
      <Table countdowns={countdowns} />
    </NextIntlClientProvider>,
  );
  return [...html.matchAll(/data-level="[^"]+" class="[^"]+">([^<]*)<span/g)].map((m) => m[1]);
};

describe("countdown words", () => {
  const list = [left(8, 14), ago(51), left(8, 14), left(0, 3), ago(51), ago(2), left(8, 13), left(2, 3)];
  it("English", () => {
    expect(texts("en", list)).toEqual(["8 d 14 h", "2 d 3 h ago", "8 d 14 h", "0 d 3 h", "2 d 3 h ago", "0 d 2 h ago", "8 d 13 h", "2 d 3 h"]);
  });
  it("Japanese", () => {
    expect(texts("ja", list)).toEqual(["残り 8日 14時間", "2日 3時間前", "残り 8日 14時間", "残り 0日 3時間", "2日 3時間前", "0日 2時間前", "残り 8日 13時間", "残り 2日 3時間"]);
  });
});
