// The server-drawn icons are CSS masks of lucide-react's own SVGs. This holds app/icons.css to what
// `npm run icons` generates from the installed lucide-react (a new icon, or a lucide-react update
// that changes a shape, fails here until it is regenerated), checks each mask's shape against
// lucide's icon data independently of the generator, and the markup the pages get.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LucideIconData } from "lucide-react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { iconCss } from "@/lib/ui/icon-css";
import { lucideMaskSvg } from "@/lib/ui/lucide-svg";
import { ICONS, iconClass, type IconName } from "./icon-names";
import { Icon } from "./server-icon";

const css = readFileSync(path.resolve(import.meta.dirname, "../../app/icons.css"), "utf8");
const names = Object.keys(ICONS) as IconName[];

/** The SVG markup a class's mask draws, decoded from the stylesheet. */
function maskOf(className: string): string {
  const rule = new RegExp(`\\.${className} \\{\\s*--icon: url\\("data:image/svg\\+xml,([^"]+)"\\);`).exec(css);
  if (!rule) throw new Error(`no rule for .${className}`);
  return decodeURIComponent(rule[1]!);
}

/** The icon's data as lucide-react exports it next to each icon's component. */
async function lucideData(lucideName: string): Promise<LucideIconData> {
  const exported = (await import(`lucide-react/icons/${lucideName}`)) as { __iconData?: LucideIconData };
  if (!exported.__iconData) throw new Error(`lucide-react/icons/${lucideName} has no __iconData`);
  return exported.__iconData;
}

describe("app/icons.css", () => {
  it("is what `npm run icons` generates from the installed lucide-react", () => {
    expect(css, "app/icons.css is stale: run `npm run icons`").toBe(iconCss(lucideMaskSvg));
  });

  it.each(names)("%s: its mask is lucide's shape, stroked in black on a 24-unit box", async (name) => {
    const svg = maskOf(iconClass(name));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="#000" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">/);
    expect(svg).not.toContain("class=");
    const data = await lucideData(ICONS[name]);
    // Every element of lucide's data, in order, with each of its attributes.
    const drawn = [...svg.matchAll(/<(path|circle|rect|line|polyline|polygon|ellipse)\b([^>]*)>/g)];
    expect(drawn.map((m) => m[1])).toEqual(data.node.map(([tag]) => tag));
    data.node.forEach(([, attrs], i) => {
      for (const [key, value] of Object.entries(attrs)) if (key !== "key") expect(drawn[i]![2]).toContain(` ${key}="${String(value)}"`);
    });
  });

  it("has no rule for an icon that is not listed", () => {
    const classes = [...css.matchAll(/\.(icon-[a-z0-9-]+) \{/g)].map((m) => m[1]);
    expect(classes.sort()).toEqual(names.map(iconClass).sort());
  });
});

describe("Icon", () => {
  it("is one decorative element with the icon's class and the caller's", () => {
    expect(renderToStaticMarkup(<Icon name="Bell" className="size-4 shrink-0" />)).toBe('<span class="icon icon-bell size-4 shrink-0" aria-hidden="true"></span>');
    expect(renderToStaticMarkup(<Icon name="AlertTriangle" aria-hidden />)).toBe('<span class="icon icon-triangle-exclamation-point" aria-hidden="true"></span>');
  });

  it("is an image with a name when given one", () => {
    expect(renderToStaticMarkup(<Icon name="Check" aria-label="Verified" className="text-ok" />)).toBe('<span class="icon icon-check text-ok" role="img" aria-label="Verified"></span>');
  });
});
