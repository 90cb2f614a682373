import { csvCell, toCsv } from '../../../ui/src/model/csv';
import { escapeXml, toSvg } from '../../../ui/src/model/svg-export';
import { filterRows, nextSort, sortRows, type Column } from '../../../ui/src/model/table';

describe('CSV', () => {
  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['id', 'name'],
        [
          ['a', 'Ann, B'],
          ['b', null],
        ],
      ),
    ).toBe('id,name\r\na,"Ann, B"\r\nb,\r\n');
  });
});

describe('tables', () => {
  type Row = { name: string; degree: number | null };
  const columns: Column<Row>[] = [
    { key: 'name', label: 'Name', value: (r) => r.name },
    { key: 'degree', label: 'Degree', value: (r) => r.degree, numeric: true },
  ];
  const rows: Row[] = [
    { name: 'TAM-10', degree: 2 },
    { name: 'TAM-9', degree: null },
    { name: 'Robin', degree: 10 },
  ];

  it('sorts numbers as numbers and text naturally, empties last both ways', () => {
    expect(
      sortRows(rows, columns, { key: 'degree', descending: false }).map((r) => r.name),
    ).toEqual(['TAM-10', 'Robin', 'TAM-9']);
    expect(sortRows(rows, columns, { key: 'degree', descending: true }).map((r) => r.name)).toEqual(
      ['Robin', 'TAM-10', 'TAM-9'],
    );
    expect(sortRows(rows, columns, { key: 'name', descending: false }).map((r) => r.name)).toEqual([
      'Robin',
      'TAM-9',
      'TAM-10',
    ]);
    expect(sortRows(rows, columns, null)).toBe(rows);
  });

  it('filters on any column and cycles the sort direction', () => {
    expect(filterRows(rows, columns, 'tam').map((r) => r.name)).toEqual(['TAM-10', 'TAM-9']);
    expect(filterRows(rows, columns, '10').map((r) => r.name)).toEqual(['TAM-10', 'Robin']);
    expect(nextSort(null, 'name')).toEqual({ key: 'name', descending: false });
    expect(nextSort({ key: 'name', descending: false }, 'name')).toEqual({
      key: 'name',
      descending: true,
    });
    expect(nextSort({ key: 'name', descending: true }, 'degree')).toEqual({
      key: 'degree',
      descending: false,
    });
  });
});

describe('SVG export', () => {
  const svg = toSvg({
    nodes: [
      { id: 'a', x: 0, y: 0, size: 20, colour: '#005eb8', shape: 'ellipse', label: 'Ann & <B>' },
      {
        id: 'b',
        x: 100,
        y: 50,
        size: 30,
        colour: '#d55e00',
        shape: 'round-rectangle',
        label: 'Team',
      },
      { id: 'c', x: 50, y: 100, size: 20, colour: '#000', shape: 'hexagon', label: 'Org' },
    ],
    edges: [
      { source: 'a', target: 'b', colour: '#cf222e', width: 2, dashed: true },
      { source: 'a', target: 'missing', colour: '#000', width: 1, dashed: false },
    ],
  });

  it('is a standalone SVG document with every node, edge and label', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg.match(/<rect /g)).toHaveLength(1);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
    expect(svg.match(/<line /g)).toHaveLength(1); // the edge to a missing node is skipped
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('Ann &amp; &lt;B&gt;');
  });

  it('fits the view box around the nodes', () => {
    const box = /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
    expect(box[0]).toBeLessThan(0);
    expect(box[0] + box[2]).toBeGreaterThan(130);
    expect(box[1] + box[3]).toBeGreaterThan(120);
    expect(escapeXml(`"'`)).toBe('&quot;&apos;');
  });
});
