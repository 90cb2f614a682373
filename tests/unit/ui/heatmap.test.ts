import {
  alignMatrix,
  buildHeatmap,
  colourScale,
  formatMatrixValue,
  inkFor,
  legendSteps,
  matrixMax,
  sizeText,
  SUPPRESSED_TEXT,
  matrixValue,
  scaleFraction,
  type GroupMatrix,
} from '../../../ui/src/model/heatmap';

const matrix: GroupMatrix = {
  groups: ['commissioning', 'district-nursing', 'home-care-branch'],
  sizes: [1, 4, 6],
  counts: [
    [0, 1, 2],
    [1, 5, 8],
    [2, 8, 9],
  ],
  weights: [
    [0, 3, 4],
    [3, 15, 20.5],
    [4, 20.5, 30],
  ],
  density: [
    [null, 0.25, 2 / 6],
    [0.25, 5 / 6, 8 / 24],
    [2 / 6, 8 / 24, 9 / 15],
  ],
};

describe('colour scale', () => {
  it('runs from near-white to dark blue and clamps outside [0, 1]', () => {
    expect(colourScale(0)).toBe('#f7fbff');
    expect(colourScale(1)).toBe('#08306b');
    expect(colourScale(-3)).toBe(colourScale(0));
    expect(colourScale(7)).toBe(colourScale(1));
    expect(colourScale(Number.NaN)).toBe(colourScale(0));
  });

  it('gets darker as the value grows (luminance decreases monotonically)', () => {
    const lum = (hex: string) =>
      [1, 3, 5].reduce(
        (s, i, k) => s + [0.2126, 0.7152, 0.0722][k] * parseInt(hex.slice(i, i + 2), 16),
        0,
      );
    const values = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1].map((t) => lum(colourScale(t)));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]);
  });

  it('picks dark ink on light cells and white ink on dark cells', () => {
    expect(inkFor(colourScale(0))).toBe('#111111');
    expect(inkFor(colourScale(1))).toBe('#ffffff');
  });
});

describe('buildHeatmap', () => {
  it('gives one cell per group pair with every number in its title', () => {
    const h = buildHeatmap(matrix, 'counts', (g) => g.toUpperCase());
    expect(h.cells).toHaveLength(3);
    expect(h.cells.every((row) => row.length === 3)).toBe(true);
    expect(h.max).toBe(9);
    const cell = h.cells[1][2];
    expect(cell).toMatchObject({ rowGroup: 'district-nursing', colGroup: 'home-care-branch' });
    expect(cell.value).toBe(8);
    expect(cell.text).toBe('8');
    expect(cell.title).toBe(
      'DISTRICT-NURSING ↔ HOME-CARE-BRANCH: 8 ties, block density 0.333, summed strength 20.5',
    );
    expect(h.cells[0][0].title).toMatch(/^Inside COMMISSIONING: 0 ties, block density —/);
    expect(h.cells[2][2].fill).toBe(colourScale(1));
    expect(h.cells[0][0].fill).toBe(colourScale(0));
  });

  it('switches the shown value and the scale with the mode', () => {
    const d = buildHeatmap(matrix, 'density');
    expect(d.max).toBeCloseTo(5 / 6);
    expect(d.cells[1][1].fill).toBe(colourScale(1));
    expect(d.cells[0][0].value).toBeNull();
    expect(d.cells[0][0].text).toBe('—');
    expect(d.cells[0][0].fill).toBe('#f0f0f0');
    expect(d.cells[1][2].text).toBe('0.333');
    const w = buildHeatmap(matrix, 'weights');
    expect(w.max).toBe(30);
    expect(w.cells[1][2].value).toBe(20.5);
  });

  it('colours on a shared scale when given one (small multiples side by side)', () => {
    const h = buildHeatmap(matrix, 'counts', undefined, 18);
    expect(h.max).toBe(18);
    expect(h.cells[2][2].fill).toBe(colourScale(Math.sqrt(0.5)));
    expect(matrixMax(matrix, 'weights')).toBe(30);
  });

  it('handles an empty network (max 0) without dividing by zero', () => {
    const empty: GroupMatrix = {
      groups: ['a'],
      sizes: [2],
      counts: [[0]],
      weights: [[0]],
      density: [[0]],
    };
    const h = buildHeatmap(empty, 'counts');
    expect(h.max).toBe(0);
    expect(h.cells[0][0].fill).toBe(colourScale(0));
    expect(legendSteps(0)).toEqual([{ value: 0, fill: colourScale(0) }]);
  });
});

describe('matrix helpers', () => {
  it('reads a value by group names in either order', () => {
    expect(matrixValue(matrix, 'home-care-branch', 'district-nursing', 'counts')).toBe(8);
    expect(matrixValue(matrix, 'district-nursing', 'home-care-branch', 'counts')).toBe(8);
    expect(matrixValue(matrix, 'district-nursing', 'nobody', 'counts')).toBe(0);
    expect(matrixValue(matrix, 'district-nursing', 'nobody', 'density')).toBeNull();
  });

  it('formats whole numbers as is and fractions to 3 decimals', () => {
    expect(formatMatrixValue(12)).toBe('12');
    expect(formatMatrixValue(0.12345)).toBe('0.123');
    expect(formatMatrixValue(123.456)).toBe('123.5');
    expect(formatMatrixValue(0.25)).toBe('0.25');
    expect(formatMatrixValue(0.00029)).toBe('0.00029');
    expect(formatMatrixValue(null)).toBe('—');
  });

  it('re-indexes a matrix onto another group order, with empty rows for absent groups', () => {
    const a = alignMatrix(matrix, ['home-care-branch', 'social-work', 'district-nursing']);
    expect(a.sizes).toEqual([6, 0, 4]);
    expect(a.counts).toEqual([
      [9, 0, 8],
      [0, 0, 0],
      [8, 0, 5],
    ]);
    expect(a.density?.[1]?.[1]).toBeNull();
    expect(a.density?.[0]?.[2]).toBeCloseTo(1 / 3);
  });

  it('shows a withheld group as withheld, not as 0, and keeps it withheld when aligned', () => {
    // As the API answers a researcher: commissioning (1 member) is withheld.
    const hidden: GroupMatrix = {
      ...matrix,
      sizes: [null, 4, 6],
      counts: [
        [null, null, null],
        [null, 5, 8],
        [null, 8, 9],
      ],
      weights: [
        [null, null, null],
        [null, 15, 20.5],
        [null, 20.5, 30],
      ],
      density: [
        [null, null, null],
        [null, 5 / 6, 8 / 24],
        [null, 8 / 24, 9 / 15],
      ],
      suppressed: [true, false, false],
    };
    for (const mode of ['counts', 'weights', 'density'] as const) {
      const h = buildHeatmap(hidden, mode);
      const row = h.cells[0];
      expect(row.map((c) => [c.value, c.suppressed, c.text])).toEqual([
        [null, true, SUPPRESSED_TEXT],
        [null, true, SUPPRESSED_TEXT],
        [null, true, SUPPRESSED_TEXT],
      ]);
      expect(h.cells[1][0].title).toMatch(/withheld: a group of fewer than 5/);
      expect(h.cells[1][1]).toMatchObject({
        suppressed: false,
        text: formatMatrixValue(matrixValue(matrix, 'district-nursing', 'district-nursing', mode)),
      });
    }
    expect(matrixValue(hidden, 'commissioning', 'district-nursing', 'counts')).toBeNull();
    expect(sizeText(hidden, 0)).toBe('n<5');
    expect(sizeText(hidden, 1)).toBe('4');
    const a = alignMatrix(hidden, ['district-nursing', 'commissioning', 'social-work']);
    expect(a.suppressed).toEqual([false, true, false]);
    expect(a.sizes).toEqual([4, null, 0]);
    expect(buildHeatmap(a, 'counts').cells[0][1].text).toBe(SUPPRESSED_TEXT);
    expect(buildHeatmap(a, 'counts').cells[2][2].text).toBe('0');
  });

  it('uses a square-root scale so small cross-group values still show', () => {
    expect(scaleFraction(25, 100)).toBe(0.5);
    expect(scaleFraction(0, 100)).toBe(0);
    expect(scaleFraction(5, 0)).toBe(0);
    expect(scaleFraction(200, 100)).toBe(1);
    const h = buildHeatmap(matrix, 'counts');
    expect(h.cells[1][2].fill).toBe(colourScale(Math.sqrt(8 / 9)));
  });

  it('gives legend steps from 0 to the maximum', () => {
    const steps = legendSteps(10, 3);
    expect(steps.map((s) => s.value)).toEqual([0, 2.5, 10]);
    expect(steps[1].fill).toBe(colourScale(0.5));
    expect(steps[2].fill).toBe(colourScale(1));
  });
});
