// `npm run icons`: writes app/icons.css, the masks of the server-drawn icons, from lucide-react's
// own SVGs (lib/ui/icon-css.ts). Run it after adding an icon to components/ui/icon-names.ts.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { lucideMaskSvg } from "../lib/ui/lucide-svg";
import { iconCss } from "../lib/ui/icon-css";

const file = path.resolve(import.meta.dirname, "../app/icons.css");
writeFileSync(file, iconCss(lucideMaskSvg));
console.log(`icons: wrote ${path.relative(process.cwd(), file)}`);
