/** The "New council" form's values → CreateCouncilInput. Pure. */

export interface NewCouncilValues {
  name: string;
  region: string;
  neighbourhoods: string;
}

/** One neighbourhood per line (or comma), trimmed, blanks and repeats dropped. */
export function neighbourhoodNames(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\n,]/)) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

export function createCouncilInput(v: NewCouncilValues): {
  name: string;
  region?: string;
  neighbourhoods: { name: string }[];
} {
  const region = v.region.trim();
  return {
    name: v.name.trim(),
    ...(region ? { region } : {}),
    neighbourhoods: neighbourhoodNames(v.neighbourhoods).map((name) => ({ name })),
  };
}
