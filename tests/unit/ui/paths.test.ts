import { components, cutOff, shortestPath } from '../../../ui/src/model/paths';

// a - b - c - d   and   e - f (apart);  b - x - d (a second way round c)
const nodes = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'x']);
const edges = [
  { source: 'a', target: 'b' },
  { source: 'b', target: 'c' },
  { source: 'c', target: 'd' },
  { source: 'e', target: 'f' },
  { source: 'b', target: 'x' },
  { source: 'x', target: 'd' },
];

describe('paths on the map', () => {
  it('finds a fewest-ties path, the same one every time, and none across components', () => {
    expect(shortestPath(nodes, edges, 'a', 'd')).toEqual(['a', 'b', 'c', 'd']);
    expect(shortestPath(nodes, edges, 'd', 'a')).toEqual(['d', 'c', 'b', 'a']);
    expect(shortestPath(nodes, edges, 'a', 'a')).toEqual(['a']);
    expect(shortestPath(nodes, edges, 'a', 'e')).toBeNull();
    expect(shortestPath(nodes, edges, 'a', 'nobody')).toBeNull();
  });

  it('says who is cut off when someone leaves', () => {
    expect(components(nodes, edges)).toEqual([
      ['a', 'b', 'c', 'd', 'x'],
      ['e', 'f'],
    ]);
    // Without b, a is alone; c, d and x stay together.
    expect([...cutOff(nodes, edges, ['b'])]).toEqual(['a']);
    // c has a way round (x): nobody is cut off.
    expect([...cutOff(nodes, edges, ['c'])]).toEqual([]);
    // Other components are not affected.
    expect([...cutOff(nodes, edges, ['e'])]).toEqual([]);
  });
});
