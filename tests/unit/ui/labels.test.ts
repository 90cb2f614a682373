import {
  LABEL_MIN_PX,
  labelBox,
  labelFontSize,
  overlaps,
  placeLabels,
  type LabelCandidate,
} from '../../../ui/src/model/labels';

const view = { width: 800, height: 600 };
/** 6 px per character: a fixed-width stand-in for the canvas's measureText. */
const measure = (label: string) => label.length * 6;

function node(
  id: string,
  x: number,
  y: number,
  priority: number,
  selected = false,
): LabelCandidate {
  return { id, label: `Team ${id}`, x, y, size: 20, priority, selected };
}

describe('label placement', () => {
  it('draws every label at a legible size whatever the zoom', () => {
    for (const zoom of [0.05, 0.3, 0.83, 1, 1.2, 3, 6]) {
      expect(labelFontSize(zoom) * zoom).toBeGreaterThanOrEqual(LABEL_MIN_PX - 1e-9);
    }
    // Zoomed in, the model size holds, so labels grow with the nodes.
    expect(labelFontSize(3)).toBe(10);
  });

  it('names the larger of two nodes whose labels would collide, and both once apart', () => {
    const close = [node('a', 100, 100, 1), node('b', 110, 104, 5)];
    expect([...placeLabels(close, measure, 12, 2, view)]).toEqual(['b']);
    const apart = [node('a', 100, 100, 1), node('b', 400, 300, 5)];
    expect([...placeLabels(apart, measure, 12, 2, view)].sort()).toEqual(['a', 'b']);
  });

  it('always names the selected node, first', () => {
    const close = [node('a', 100, 100, 1, true), node('b', 110, 104, 5)];
    expect([...placeLabels(close, measure, 12, 2, view)]).toEqual(['a']);
  });

  it('leaves no two placed labels overlapping in a dense random map, and skips off-screen ones', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const nodes = Array.from({ length: 400 }, (_, i) =>
      node(String(i), rand() * 1000 - 100, rand() * 800 - 100, rand()),
    );
    const shown = placeLabels(nodes, measure, 12, 2, view);
    const boxes = nodes
      .filter((n) => shown.has(n.id))
      .map((n) => labelBox(n, measure(n.label), 12, 2));
    expect(boxes.length).toBeGreaterThan(20);
    expect(boxes.length).toBeLessThan(nodes.length);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
    }
    for (const b of boxes) {
      expect(b.x2 >= 0 && b.y2 >= 0 && b.x1 <= view.width && b.y1 <= view.height).toBe(true);
    }
  });

  it('is stable: the same map gives the same labels', () => {
    const nodes = [node('a', 100, 100, 2), node('b', 105, 100, 2), node('c', 300, 100, 1)];
    const first = [...placeLabels(nodes, measure, 12, 2, view)];
    expect([...placeLabels([...nodes].reverse(), measure, 12, 2, view)]).toEqual(first);
    expect(first).toEqual(['a', 'c']);
  });
});
