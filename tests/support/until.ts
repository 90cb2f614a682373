/**
 * Polls `check` until it holds: tests wait for conditions, never for fixed times (the machine
 * may be busy). Throws, naming `what`, after `timeoutMs`. Polls every 20 ms: often enough to
 * see a transient state (a transaction waiting on a lock) long before it ends.
 */
export async function until(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
