import { nearestNode, nodeInDirection } from '../../../ui/src/model/keyboard-nav';

//      up
//   a (0,-100)
// l (-100,0)  c (0,0)  r (100,0)  far (300, -150)
//   b (0,100)
const nodes = [
  { id: 'c', at: { x: 0, y: 0 } },
  { id: 'a', at: { x: 0, y: -100 } },
  { id: 'b', at: { x: 0, y: 100 } },
  { id: 'l', at: { x: -100, y: 0 } },
  { id: 'r', at: { x: 100, y: 0 } },
  { id: 'far', at: { x: 300, y: -150 } },
];

describe('keyboard moves between nodes', () => {
  it('each arrow goes to the nearest node that way', () => {
    expect(nodeInDirection(nodes, 'c', 'right')).toBe('r');
    expect(nodeInDirection(nodes, 'c', 'left')).toBe('l');
    expect(nodeInDirection(nodes, 'c', 'up')).toBe('a');
    expect(nodeInDirection(nodes, 'c', 'down')).toBe('b');
    // From r, right reaches the far node (up and to the right, within 60°).
    expect(nodeInDirection(nodes, 'r', 'right')).toBe('far');
  });

  it('says there is none at the edge, and starts at the node nearest the middle', () => {
    expect(nodeInDirection(nodes, 'far', 'right')).toBeNull();
    expect(nodeInDirection(nodes, 'l', 'left')).toBeNull();
    expect(nearestNode(nodes, { x: 90, y: 10 })).toBe('r');
    expect(nearestNode([], { x: 0, y: 0 })).toBeNull();
  });
});
