// An indexed binary min-heap of node ids keyed by float distance, with decrease-key. Dijkstra
// runs once per source in betweenness/closeness, so the heap is allocated once and reused;
// positions live in an Int32Array instead of a Map to keep the inner loop allocation-free.

export class IndexedMinHeap {
  private readonly items: Int32Array;
  private readonly keys: Float64Array;
  /** Position of each node in `items`, or -1 when absent. */
  private readonly pos: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  get length(): number {
    return this.size;
  }

  /** Inserts `node` or lowers its key; a higher key than the current one is ignored. */
  push(node: number, key: number): void {
    let i = this.pos[node];
    if (i < 0) {
      i = this.size++;
      this.items[i] = node;
      this.pos[node] = i;
    } else if (key >= this.keys[node]) {
      return;
    }
    this.keys[node] = key;
    this.siftUp(i);
  }

  /** Removes and returns the node with the smallest key (ties: whichever sits on top). */
  pop(): number {
    const top = this.items[0];
    this.pos[top] = -1;
    const last = this.items[--this.size];
    if (this.size > 0) {
      this.items[0] = last;
      this.pos[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(start: number): void {
    const { items, keys, pos } = this;
    const node = items[start];
    const key = keys[node];
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent];
      if (keys[p] <= key) break;
      items[i] = p;
      pos[p] = i;
      i = parent;
    }
    items[i] = node;
    pos[node] = i;
  }

  private siftDown(start: number): void {
    const { items, keys, pos } = this;
    const size = this.size;
    const node = items[start];
    const key = keys[node];
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && keys[items[child + 1]] < keys[items[child]]) child++;
      const c = items[child];
      if (keys[c] >= key) break;
      items[i] = c;
      pos[c] = i;
      i = child;
    }
    items[i] = node;
    pos[node] = i;
  }
}
