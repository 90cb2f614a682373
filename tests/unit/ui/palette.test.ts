import { SUGGESTED_TIE_STYLE, TIE_TYPE_STYLES, tieTypeStyle } from '../../../ui/src/model/palette';
import { stylesheet } from '../../../ui/src/model/style';

/** CIE L*a*b* of an sRGB hex colour (D65), for ΔE*76 distances. */
function lab(hex: string): [number, number, number] {
  const lin = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [lin(1), lin(3), lin(5)];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The style block of one selector in the map's stylesheet. */
function rule(selector: string): Record<string, unknown> {
  const block = stylesheet({ labels: true, fades: false }).find(
    (r) => 'selector' in r && r.selector === selector,
  );
  if (!block || !('style' in block)) throw new Error(`no rule for ${selector}`);
  return block.style as Record<string, unknown>;
}

describe('suggested-tie style', () => {
  it('is far in colour from every tie type, and from the unknown-type grey', () => {
    expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 0);
    const colours = [
      ...Object.values(TIE_TYPE_STYLES).map((s) => s.colour),
      tieTypeStyle('no-such').colour,
    ];
    const nearest = Math.min(...colours.map((c) => deltaE(SUGGESTED_TIE_STYLE.colour, c)));
    // ΔE*76 ≈ 2.3 is a just-noticeable difference; 40 is "a different colour" at a glance.
    expect(nearest).toBeGreaterThanOrEqual(40);
  });

  it('draws a dash pattern no tie type has, with a halo, above the recorded ties', () => {
    const suggested = rule('edge.suggested');
    expect(suggested['line-color']).toBe(SUGGESTED_TIE_STYLE.colour);
    expect(suggested['line-dash-pattern']).toEqual([12, 4, 3, 4]);
    expect(suggested['line-outline-width']).toBeGreaterThan(0);
    // Tie types use Cytoscape's plain styles; the default dashed pattern is [6, 3].
    for (const s of Object.values(TIE_TYPE_STYLES)) {
      expect(['solid', 'dashed', 'dotted']).toContain(s.lineStyle);
    }
    expect(rule('edge')['line-dash-pattern']).toBeUndefined();
  });
});
