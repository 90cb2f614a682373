import { Neo4jError } from 'neo4j-driver';
import { createServer, Server } from 'node:net';
import { DomainError, DomainErrorCode } from '../../../api/common/domain-error';
import { currentRequestId, requestIdFrom, runInRequest } from '../../../api/common/request-context';
import { failureKind, RetryPolicy, withRetries } from '../../../api/neo4j/neo4j-retry';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { Semaphore } from '../../../api/neo4j/semaphore';

const neo4jError = (code: string) => new Neo4jError(`failed: ${code}`, code, 'N/A', 'N/A');
const FAST: RetryPolicy = {
  unavailableMs: 300,
  unavailableDelayMs: 50,
  transientMs: 1000,
  transientDelayMs: 5,
  maxAttempts: 12,
};

describe('retry policy of the Neo4j wrapper', () => {
  it('classifies failures: outage, transient (deadlock), final', () => {
    expect(failureKind(neo4jError('ServiceUnavailable'))).toBe('unavailable');
    expect(failureKind(neo4jError('SessionExpired'))).toBe('unavailable');
    expect(failureKind(neo4jError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(
      'transient',
    );
    expect(failureKind(neo4jError('Neo.ClientError.Statement.SyntaxError'))).toBe('final');
    // A record deleted by a concurrent transaction after this one matched it: a race, retried.
    expect(failureKind(neo4jError('Neo.ClientError.Statement.EntityNotFound'))).toBe('transient');
    const gone = new Neo4jError(
      'Unable to load NODE 4:8995e1b0-2680-4c15-8053-c8f76ea67cca:3569.',
      'Neo.DatabaseError.Statement.ExecutionFailed',
      'N/A',
      'N/A',
    );
    expect(failureKind(gone)).toBe('transient');
    expect(failureKind(DomainError.conflict('exists'))).toBe('final');
    expect(failureKind(new Error('bug'))).toBe('final');
  });

  it('retries a deadlock quickly until it succeeds', async () => {
    let calls = 0;
    const started = Date.now();
    const result = await withRetries(() => {
      calls += 1;
      if (calls < 4) throw neo4jError('Neo.TransientError.Transaction.DeadlockDetected');
      return Promise.resolve('done');
    }, FAST);
    expect(result).toBe('done');
    expect(calls).toBe(4);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('retries a deadlock whose victim had waited for locks longer than the budget', async () => {
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls += 1;
        // The first attempt waits (as for a lock) past the whole transient budget, then is
        // chosen as a deadlock's victim: the wait is not retry time, so it is retried.
        if (calls === 1) {
          await new Promise((resolve) => setTimeout(resolve, 150));
          throw neo4jError('Neo.TransientError.Transaction.DeadlockDetected');
        }
        return 'done';
      },
      { ...FAST, transientMs: 100 },
    );
    expect(result).toBe('done');
    expect(calls).toBe(2);
  });

  it('stops after maxAttempts whatever the timing', async () => {
    let calls = 0;
    await expect(
      withRetries(
        () => {
          calls += 1;
          return Promise.reject(neo4jError('Neo.TransientError.Transaction.DeadlockDetected'));
        },
        { ...FAST, transientDelayMs: 1, maxAttempts: 3 },
      ),
    ).rejects.toMatchObject({ code: 'Neo.TransientError.Transaction.DeadlockDetected' });
    expect(calls).toBe(3);
  });

  it('gives up on an unreachable server within its short budget', async () => {
    let calls = 0;
    const started = Date.now();
    await expect(
      withRetries(() => {
        calls += 1;
        return Promise.reject(neo4jError('ServiceUnavailable'));
      }, FAST),
    ).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    const elapsed = Date.now() - started;
    expect(calls).toBeGreaterThan(1);
    expect(elapsed).toBeLessThanOrEqual(FAST.unavailableMs + 50);
  });

  it('never retries domain errors or bugs', async () => {
    for (const error of [DomainError.conflict('exists'), new Error('bug')]) {
      let calls = 0;
      await expect(
        withRetries(() => {
          calls += 1;
          return Promise.reject(error);
        }, FAST),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });
});

describe('per-request semaphore', () => {
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('runs at most `size` units at once, the rest in arrival order', async () => {
    const slots = new Semaphore(2);
    const order: number[] = [];
    let running = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const units = [0, 1, 2, 3, 4].map((i) =>
      slots.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        order.push(i);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
      }),
    );
    for (let i = 0; i < 5; i += 1) {
      await tick();
      releases.shift()?.();
    }
    await Promise.all(units);
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(slots.inUse).toBe(0);
  });

  it('lets work nested inside a slot run in that slot instead of deadlocking', async () => {
    const slots = new Semaphore(1);
    const nested = await slots.run(() => slots.run(() => slots.run(() => Promise.resolve(42))));
    expect(nested).toBe(42);
    expect(slots.inUse).toBe(0);
  });

  it('frees the slot when the work fails', async () => {
    const slots = new Semaphore(1);
    await expect(slots.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(slots.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});

describe('request ids', () => {
  it('keeps a sane incoming id and replaces anything else with a UUID', () => {
    expect(requestIdFrom('lb-7f3a.42:abc_DEF')).toBe('lb-7f3a.42:abc_DEF');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const bad of [
      undefined,
      '',
      'a b',
      'x'.repeat(129),
      'id\nforged: log',
      '<script>',
      ['a', 'b'],
    ]) {
      expect(requestIdFrom(bad)).toMatch(uuid);
    }
  });

  it('follows every await of the request', async () => {
    const seen = await runInRequest({ requestId: 'req-1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return currentRequestId();
    });
    expect(seen).toBe('req-1');
    expect(currentRequestId()).toBeUndefined();
  });
});

describe('Neo4jService against a server that is not there', () => {
  let closed: Server;
  let port: number;
  beforeAll(async () => {
    // A port that refuses connections: listen, note it, close.
    closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
  });

  it('answers DATABASE_UNAVAILABLE within its retry budget, not the driver’s seconds', async () => {
    const db = new Neo4jService(
      { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: '', database: 'neo4j' },
      { retry: { ...FAST, unavailableMs: 0 } },
    );
    try {
      for (const call of [
        () => db.query('RETURN 1'),
        () => db.read((tx) => tx.run('RETURN 1')),
        () => db.write((tx) => tx.run('RETURN 1')),
        () => db.ping(1000),
      ]) {
        const started = Date.now();
        const error = await call().then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe(DomainErrorCode.DatabaseUnavailable);
        // The driver's own retry loop would wait ~1 s before a second attempt.
        expect(Date.now() - started).toBeLessThan(500);
      }
    } finally {
      await db.driver.close();
    }
  });

  it('inside a request, fails later calls at once after the first outage', async () => {
    const db = new Neo4jService(
      { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: '', database: 'neo4j' },
      { retry: { ...FAST, unavailableMs: 200 } },
    );
    try {
      await runInRequest({ requestId: 'req-outage' }, async () => {
        await expect(db.query('RETURN 1')).rejects.toMatchObject({
          code: DomainErrorCode.DatabaseUnavailable,
        });
        const started = Date.now();
        await expect(db.query('RETURN 2')).rejects.toMatchObject({
          code: DomainErrorCode.DatabaseUnavailable,
        });
        expect(Date.now() - started).toBeLessThan(20);
      });
    } finally {
      await db.driver.close();
    }
  });
});
