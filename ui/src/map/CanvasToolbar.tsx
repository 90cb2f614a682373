import type { Core } from 'cytoscape';
import { toSvg } from '../model/svg-export';
import { download } from './download';
import { zoomCentred } from './viewport';

/** Pan/zoom/fit and picture exports. Keyboard users reach every action here. */
export function CanvasToolbar({ cy, exportName }: { cy: Core | null; exportName: string }) {
  const zoom = (factor: number) => cy && zoomCentred(cy, factor);
  const pan = (dx: number, dy: number) => cy?.panBy({ x: dx, y: dy });
  const png = () => {
    if (!cy) return;
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    download(blob, `${exportName}.png`);
  };
  const svg = () => {
    if (!cy) return;
    const text = toSvg(svgInput(cy));
    download(new Blob([text], { type: 'image/svg+xml' }), `${exportName}.svg`);
  };
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Map controls">
      <button type="button" onClick={() => cy?.fit(undefined, 30)} data-testid="fit">
        Fit
      </button>
      <button type="button" onClick={() => zoom(1.25)} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => zoom(0.8)} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={() => pan(80, 0)} aria-label="Pan left">
        ←
      </button>
      <button type="button" onClick={() => pan(-80, 0)} aria-label="Pan right">
        →
      </button>
      <button type="button" onClick={() => pan(0, 80)} aria-label="Pan up">
        ↑
      </button>
      <button type="button" onClick={() => pan(0, -80)} aria-label="Pan down">
        ↓
      </button>
      <button type="button" onClick={png} data-testid="export-png">
        PNG
      </button>
      <button type="button" onClick={svg} data-testid="export-svg">
        SVG
      </button>
    </div>
  );
}

/** What the SVG serializer needs, read from the instance: visible elements only. */
function svgInput(cy: Core) {
  const nodes = cy
    .nodes('[kind != "GROUP"]')
    .toArray()
    .filter((n) => !n.hasClass('absent'))
    .map((n) => ({
      id: n.id(),
      x: n.position('x'),
      y: n.position('y'),
      size: Number(n.data('size')),
      colour: String(n.data('colour')),
      shape: String(n.data('shape')),
      label: String(n.data('label') ?? ''),
    }));
  const edges = cy
    .edges()
    .toArray()
    .filter((e) => !e.hasClass('absent'))
    .map((e) => ({
      source: e.source().id(),
      target: e.target().id(),
      colour: String(e.style('line-color')),
      width: parseFloat(String(e.style('width'))),
      dashed: e.style('line-style') !== 'solid',
    }));
  return { nodes, edges };
}
