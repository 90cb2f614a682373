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

  it('puts a label below its node when that is clear, else above, right or left', () => {
    const alone = [node('a', 100, 100, 1)];
    expect([...placeLabels(alone, measure, 12, 2, view)]).toEqual([['a', 'bottom']]);
    // b sits right under a, where a's label would go: a's label goes above.
    const stacked = [node('a', 100, 100, 5), node('b', 100, 126, 1)];
    expect(new Map(placeLabels(stacked, measure, 12, 2, view))).toEqual(
      new Map([
        ['a', 'top'],
        ['b', 'bottom'],
      ]),
    );
  });

  it('leaves a node unnamed when every side is taken, and names the larger first', () => {
    const hemmed = [
      node('mid', 200, 200, 1),
      node('n', 200, 176, 5),
      node('s', 200, 224, 5),
      node('e', 226, 200, 5),
      node('w', 174, 200, 5),
    ];
    const shown = placeLabels(hemmed, measure, 12, 2, view);
    expect(shown.has('mid')).toBe(false);
    expect(shown.size).toBeGreaterThan(0);
  });

  it('always names the selected node, first', () => {
    const hemmed = [
      node('mid', 200, 200, 1, true),
      node('n', 200, 176, 5),
      node('s', 200, 224, 5),
      node('e', 226, 200, 5),
      node('w', 174, 200, 5),
    ];
    expect(placeLabels(hemmed, measure, 12, 2, view).get('mid')).toBe('bottom');
  });

  it('leaves no two placed labels overlapping, nor over a node, in a dense random map', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const nodes = Array.from({ length: 400 }, (_, i) =>
      node(String(i), rand() * 1000 - 100, rand() * 800 - 100, rand()),
    );
    const shown = placeLabels(nodes, measure, 12, 2, view);
    const boxes = nodes
      .filter((n) => shown.has(n.id))
      .map((n) => ({ id: n.id, box: labelBox(n, measure(n.label), 12, 2, shown.get(n.id)) }));
    expect(boxes.length).toBeGreaterThan(20);
    expect(boxes.length).toBeLessThan(nodes.length);
    expect(new Set(shown.values()).size).toBeGreaterThan(1);
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (overlaps(boxes[i].box, boxes[j].box)) clashes.push(`${boxes[i].id}/${boxes[j].id}`);
      }
      for (const n of nodes) {
        const disc = { x1: n.x - 10, y1: n.y - 10, x2: n.x + 10, y2: n.y + 10 };
        if (n.id !== boxes[i].id && overlaps(boxes[i].box, disc))
          clashes.push(`${boxes[i].id} on ${n.id}`);
      }
    }
    expect(clashes).toEqual([]);
    for (const { box: b } of boxes) {
      expect(b.x2 >= 0 && b.y2 >= 0 && b.x1 <= view.width && b.y1 <= view.height).toBe(true);
    }
  });

  it('is stable: the same map gives the same labels', () => {
    const nodes = [node('a', 100, 100, 2), node('b', 140, 100, 2), node('c', 300, 100, 1)];
    const first = [...placeLabels(nodes, measure, 12, 2, view)];
    expect([...placeLabels([...nodes].reverse(), measure, 12, 2, view)]).toEqual(first);
    expect(first[0]).toEqual(['a', 'bottom']);
  });
});
