import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TaskName, TaskPayload, TaskResult } from './tasks';

interface Job {
  id: number;
  task: TaskName;
  payload: unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/**
 * Heavy metrics run here, off the event loop, so the API keeps answering while a large
 * council is analysed. A fixed pool (one worker per core, at least two) takes jobs in order.
 */
@Injectable()
export class WorkerPool implements OnModuleDestroy {
  private readonly logger = new Logger(WorkerPool.name);
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  /** Jobs started so far: lets tests see whether a result came from the cache. */
  jobsStarted = 0;
  private closed = false;

  constructor() {
    const size = Math.max(2, Math.min(4, availableParallelism()));
    for (let i = 0; i < size; i += 1) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  run<T extends TaskName>(task: T, payload: TaskPayload<T>): Promise<TaskResult<T>> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        task,
        payload,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.dispatch();
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('worker pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    // Compiled: the .js next to this file. From sources (jest, ts-node): the .ts through ts-node.
    const js = join(__dirname, 'metrics.worker.js');
    const worker = existsSync(js)
      ? new Worker(js)
      : new Worker(join(__dirname, 'metrics.worker.ts'), {
          execArgv: ['-r', 'ts-node/register/transpile-only'],
        });
    const slot: Slot = { worker, job: null };
    worker.on(
      'message',
      (message: { id: number; ok: boolean; result?: unknown; error?: string }) => {
        const job = slot.job;
        slot.job = null;
        if (job && job.id === message.id) {
          if (message.ok) job.resolve(message.result);
          else job.reject(new Error(message.error ?? 'metrics worker failed'));
        }
        this.dispatch();
      },
    );
    worker.on('error', (error) => {
      this.logger.error(`metrics worker crashed: ${error.message}`);
      slot.job?.reject(error);
      slot.job = null;
      if (!this.closed) {
        const index = this.slots.indexOf(slot);
        if (index >= 0) this.slots[index] = this.spawn();
        this.dispatch();
      }
    });
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      this.jobsStarted += 1;
      slot.worker.postMessage({ id: job.id, task: job.task, payload: job.payload });
    }
  }
}
