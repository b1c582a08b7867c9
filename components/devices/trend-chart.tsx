// The refused-devices trend as an SVG line with its data as a table right under it (the text equivalent).
export interface TrendPoint {
  at: string;
  label: string;
  devices: number;
  refused: number;
}

export function TrendChart({ title, points, format, takenAtHeader, devicesHeader, refusedHeader }: { title: string; points: TrendPoint[]; format: (n: number) => string; takenAtHeader: string; devicesHeader: string; refusedHeader: string }) {
  const W = 560;
  const H = 120;
  const max = Math.max(1, ...points.map((p) => p.refused));
  const x = (i: number) => (points.length === 1 ? W / 2 : 8 + (i * (W - 16)) / (points.length - 1));
  const y = (v: number) => H - 8 - (v / max) * (H - 24);
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.refused).toFixed(1)}`).join(" ");
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-32 w-full text-critical" role="img" aria-label={title}>
        <line x1="0" x2={W} y1={H - 8} y2={H - 8} className="stroke-line" strokeWidth="1" />
        <path d={line} fill="none" stroke="currentColor" strokeWidth="2" />
        {points.map((p, i) => (
          <circle key={p.at} cx={x(i)} cy={y(p.refused)} r="3.5" fill="currentColor">
            <title>{`${p.label}: ${format(p.refused)}`}</title>
          </circle>
        ))}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-ink-3">{title}</summary>
        <table className="mt-2 w-full text-left">
          <thead>
            <tr className="text-ink-3">
              <th scope="col" className="py-1 font-medium">{takenAtHeader}</th>
              <th scope="col" className="py-1 text-right font-medium">{refusedHeader}</th>
              <th scope="col" className="py-1 text-right font-medium">{devicesHeader}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.at} className="border-t border-line">
                <td className="py-1 tabular-nums">{p.label}</td>
                <td className="py-1 text-right tabular-nums">{format(p.refused)}</td>
                <td className="py-1 text-right tabular-nums">{format(p.devices)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
