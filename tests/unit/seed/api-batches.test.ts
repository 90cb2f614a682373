import { MAX_TIE_BATCH } from '../../../api/tie/dto/tie.input';
import { loadConfig } from '../../../api/config/app-config';
import { BATCH_BODY_BUDGET, batches } from '../../../seed/api-loader';
import { generateScale } from '../../../seed/generator/scale';

describe('batches for the batch mutations', () => {
  it('keeps every request of a scale load under the default body limit', () => {
    const { ties } = generateScale({ people: 2000, ties: 20_000, seed: 1 });
    const split = batches(ties, MAX_TIE_BATCH);
    expect(split.flat()).toEqual(ties);
    for (const batch of split) {
      expect(batch.length).toBeLessThanOrEqual(MAX_TIE_BATCH);
      expect(Buffer.byteLength(JSON.stringify(batch))).toBeLessThanOrEqual(BATCH_BODY_BUDGET);
    }
    // Room left for the query text and the JSON wrapping of one request.
    expect(loadConfig({}).http.maxBodyBytes - BATCH_BODY_BUDGET).toBeGreaterThan(100_000);
  });

  it('cuts by size when items are long, by count when they are short', () => {
    const long = Array.from({ length: 10 }, () => ({ note: 'x'.repeat(300) }));
    expect(batches(long, 100, 1000).map((b) => b.length)).toEqual([3, 3, 3, 1]);
    const short = Array.from({ length: 10 }, (_, i) => i);
    expect(batches(short, 4, 1000).map((b) => b.length)).toEqual([4, 4, 2]);
    expect(batches([], 4)).toEqual([]);
  });
});
