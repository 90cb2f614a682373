import { parentPort } from 'node:worker_threads';
import { TASKS, type TaskName } from './tasks';

/** Worker thread entry: runs one task per message and posts the result back. */
parentPort?.on('message', (message: { id: number; task: TaskName; payload: never }) => {
  try {
    const result: unknown = TASKS[message.task](message.payload);
    parentPort?.postMessage({ id: message.id, ok: true, result });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, ok: false, error: (error as Error).message });
  }
});
