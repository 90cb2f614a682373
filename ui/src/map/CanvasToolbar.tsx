import type { Core } from 'cytoscape';
import { useState } from 'react';
import { toSvg } from '../model/svg-export';
import { download } from './download';
import { LAYOUT_NAMES, type LayoutAlgorithm } from './layoutRunner';
import { zoomCentred } from './viewport';

interface Props {
  cy: Core | null;
  exportName: string;
  /** The layout the saved map was made with: the chooser starts there. */
  algorithm: LayoutAlgorithm;
  onRelayout: (algorithm: LayoutAlgorithm, keepPinned: boolean) => void;
  /** True when moves and re-layouts are saved for everyone in the council. */
  shared: boolean;
  /** "Draw a tie" mode; the button shows only when drawing is allowed (`onToggleDraw`). */
  drawing?: boolean;
  onToggleDraw?: () => void;
}

/** Pan/zoom/fit, layout choice and picture exports. Keyboard users reach every action here. */
export function CanvasToolbar({
  cy,
  exportName,
  algorithm,
  onRelayout,
  shared,
  drawing = false,
  onToggleDraw,
}: Props) {
  // The choice made here, until the saved map's own algorithm changes under it.
  const [choice, setChoice] = useState<{ of: LayoutAlgorithm; chosen: LayoutAlgorithm }>({
    of: algorithm,
    chosen: algorithm,
  });
  const chosen = choice.of === algorithm ? choice.chosen : algorithm;
  const setChosen = (a: LayoutAlgorithm) => setChoice({ of: algorithm, chosen: a });
  const [keepPinned, setKeepPinned] = useState(true);
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
      {onToggleDraw && (
        <button
          type="button"
          aria-pressed={drawing}
          data-testid="draw-tie"
          title="Drag from one actor to another to start a new tie (nodes do not move meanwhile)"
          onClick={onToggleDraw}
        >
          {drawing ? 'Drawing ties: drag between actors' : 'Draw a tie'}
        </button>
      )}
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
      <span className="layout-choice">
        {/* Not wrapping the select: its options would become part of the label's name. */}
        <label htmlFor="layout-algorithm">Layout</label>{' '}
        <select
          id="layout-algorithm"
          value={chosen}
          onChange={(e) => setChosen(e.target.value as LayoutAlgorithm)}
          data-testid="layout-algorithm"
        >
          {(Object.keys(LAYOUT_NAMES) as LayoutAlgorithm[]).map((a) => (
            <option key={a} value={a}>
              {LAYOUT_NAMES[a]}
            </option>
          ))}
        </select>
        <label title="Nodes you dragged are pinned; a re-layout leaves them where they are">
          <input
            type="checkbox"
            checked={keepPinned}
            onChange={(e) => setKeepPinned(e.target.checked)}
            data-testid="keep-pinned"
          />{' '}
          Keep pinned
        </label>
        <button
          type="button"
          onClick={() => onRelayout(chosen, keepPinned)}
          data-testid="relayout"
          title={
            shared
              ? 'Lays the map out again and saves it for everyone in the council'
              : 'Lays the map out again for you (your role cannot change the shared layout)'
          }
        >
          Re-layout
        </button>
      </span>
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
