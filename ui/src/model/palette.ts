/** Colours and shapes: one palette per attribute, and the legend that goes with it. */

export const SECTOR_COLOURS: Record<string, string> = {
  nhs: '#005eb8',
  council: '#7a3e9d',
  independent: '#d55e00',
  voluntary: '#2e8540',
};

/** A categorical palette that stays distinguishable for common colour-vision deficiencies. */
const CATEGORICAL = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#7a3e9d',
  '#8c6d31',
  '#b3261e',
  '#3b7d23',
  '#1b3a5c',
  '#9e9ac8',
  '#636363',
  '#f0c300',
];

export const UNKNOWN_COLOUR = '#9aa0a6';

/** A stable colour per key: listed keys get palette slots in order, others hash into it. */
export function colourFor(
  key: string | null,
  order: readonly string[],
  fixed?: Record<string, string>,
): string {
  if (key === null) return UNKNOWN_COLOUR;
  if (fixed?.[key]) return fixed[key];
  const i = order.indexOf(key);
  if (i >= 0) return CATEGORICAL[i % CATEGORICAL.length];
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return CATEGORICAL[h % CATEGORICAL.length];
}

export const KIND_SHAPES: Record<string, string> = {
  PERSON: 'ellipse',
  TEAM: 'round-rectangle',
  ORGANISATION: 'hexagon',
  PROFESSION: 'diamond',
  SECTOR: 'octagon',
};

export interface TieTypeStyle {
  colour: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
}

/** Tie types: colour families by purpose; dashes for formal, dots for informational ties. */
export const TIE_TYPE_STYLES: Record<string, TieTypeStyle> = {
  'direct-contact': { colour: '#4a5568', lineStyle: 'solid' },
  referral: { colour: '#0072b2', lineStyle: 'solid' },
  'joint-visit': { colour: '#009e73', lineStyle: 'solid' },
  'shared-care-record': { colour: '#56b4e9', lineStyle: 'dotted' },
  'co-location': { colour: '#8c6d31', lineStyle: 'solid' },
  advice: { colour: '#cc79a7', lineStyle: 'solid' },
  'information-sharing': { colour: '#9e9ac8', lineStyle: 'dotted' },
  'delegated-health-task': { colour: '#d55e00', lineStyle: 'solid' },
  'trusted-assessment': { colour: '#e69f00', lineStyle: 'solid' },
  training: { colour: '#3b7d23', lineStyle: 'dashed' },
  'commissioning-contract': { colour: '#7a3e9d', lineStyle: 'dashed' },
  'governance-mdt': { colour: '#1b3a5c', lineStyle: 'dashed' },
};

/**
 * A suggested tie (Missing connections) is not a recorded tie, so it must not pass for any tie
 * type: magenta is at least ΔE*76 40 from every tie colour above (the nearest, advice pink, is
 * 43), and its dash-dot pattern is used by nothing else. tests/unit/ui/palette.test.ts holds both.
 */
export const SUGGESTED_TIE_STYLE = {
  colour: '#e6007e',
  /** Dash, gap, dot, gap (Cytoscape line-dash-pattern; CSS cannot draw it, the legend uses SVG). */
  dashPattern: [12, 4, 3, 4],
  width: 4,
} as const;

export function tieTypeStyle(typeId: string): TieTypeStyle {
  return TIE_TYPE_STYLES[typeId] ?? { colour: '#888888', lineStyle: 'solid' };
}

export interface LegendEntry {
  key: string;
  name: string;
  colour: string;
  count: number;
}

/** Legend of the keys present (most frequent first), with names from the vocabulary. */
export function legend(
  keys: (string | null)[],
  names: Record<string, string>,
  colour: (key: string | null) => string,
): LegendEntry[] {
  const counts = new Map<string | null, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({
      key: key ?? '',
      name: key === null ? 'Not known' : (names[key] ?? key),
      colour: colour(key),
      count,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
