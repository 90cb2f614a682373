/** A small, dependency-free SVG serializer for the drawn network (positions, colours, sizes). */

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  size: number;
  colour: string;
  shape: string;
  label: string;
}

export interface SvgEdge {
  source: string;
  target: string;
  colour: string;
  width: number;
  dashed: boolean;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function polygon(x: number, y: number, r: number, sides: number, rotate: number): string {
  const pts: string[] = [];
  for (let i = 0; i < sides; i += 1) {
    const a = rotate + (2 * Math.PI * i) / sides;
    pts.push(`${r2(x + r * Math.cos(a))},${r2(y + r * Math.sin(a))}`);
  }
  return pts.join(' ');
}

function nodeShape(n: SvgNode): string {
  const r = n.size / 2;
  const fill = `fill="${escapeXml(n.colour)}" stroke="#ffffff" stroke-width="1"`;
  switch (n.shape) {
    case 'round-rectangle':
    case 'rectangle':
      return `<rect x="${r2(n.x - r)}" y="${r2(n.y - r)}" width="${r2(n.size)}" height="${r2(n.size)}" rx="${r2(r / 4)}" ${fill}/>`;
    case 'hexagon':
      return `<polygon points="${polygon(n.x, n.y, r, 6, 0)}" ${fill}/>`;
    case 'diamond':
      return `<polygon points="${polygon(n.x, n.y, r, 4, -Math.PI / 2)}" ${fill}/>`;
    case 'octagon':
      return `<polygon points="${polygon(n.x, n.y, r, 8, Math.PI / 8)}" ${fill}/>`;
    default:
      return `<circle cx="${r2(n.x)}" cy="${r2(n.y)}" r="${r2(r)}" ${fill}/>`;
  }
}

/** An SVG document of the network; the view box fits every node with a margin. */
export function toSvg(input: { nodes: SvgNode[]; edges: SvgEdge[] }, labels = true): string {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of input.nodes) {
    minX = Math.min(minX, n.x - n.size);
    minY = Math.min(minY, n.y - n.size);
    maxX = Math.max(maxX, n.x + n.size);
    maxY = Math.max(maxY, n.y + n.size + 12);
  }
  if (!input.nodes.length) [minX, minY, maxX, maxY] = [0, 0, 100, 100];
  const m = 20;
  const box = [minX - m, minY - m, maxX - minX + 2 * m, maxY - minY + 2 * m].map(r2).join(' ');
  const edges = input.edges
    .map((e) => {
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      if (!s || !t) return '';
      const dash = e.dashed ? ' stroke-dasharray="6 4"' : '';
      return `<line x1="${r2(s.x)}" y1="${r2(s.y)}" x2="${r2(t.x)}" y2="${r2(t.y)}" stroke="${escapeXml(e.colour)}" stroke-width="${r2(e.width)}" stroke-opacity="0.75"${dash}/>`;
    })
    .filter((s) => s.length > 0);
  const nodes = input.nodes.map(nodeShape);
  const text = labels
    ? input.nodes.map(
        (n) =>
          `<text x="${r2(n.x)}" y="${r2(n.y + n.size / 2 + 11)}" text-anchor="middle">${escapeXml(n.label)}</text>`,
      )
    : [];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" font-family="sans-serif" font-size="10">`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="labels">${text.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
