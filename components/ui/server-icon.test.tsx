// The server-drawn icons must be exactly what lucide-react draws, icon by icon, with and without an
// accessible name: a silent change in lucide-react's data export or markup fails here.
import * as Lucide from "lucide-react";
import type { ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Icon, icons, type IconName } from "./server-icon";

const lucide = (name: IconName) => (Lucide as unknown as Record<string, ComponentType<Record<string, unknown>>>)[name]!;

describe("server icons draw what lucide-react draws", () => {
  it.each(Object.keys(icons) as IconName[])("%s", (name) => {
    const Theirs = lucide(name);
    expect(Theirs).toBeDefined();
    expect(renderToStaticMarkup(<Icon name={name} aria-hidden className="size-4 shrink-0" />)).toBe(renderToStaticMarkup(<Theirs aria-hidden className="size-4 shrink-0" />));
    expect(renderToStaticMarkup(<Icon name={name} />)).toBe(renderToStaticMarkup(<Theirs />));
    expect(renderToStaticMarkup(<Icon name={name} aria-label="Label" className="mt-0.5" />)).toBe(renderToStaticMarkup(<Theirs aria-label="Label" className="mt-0.5" />));
  });
});
