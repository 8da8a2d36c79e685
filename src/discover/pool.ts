/**
 * Runs `work` over an async stream with at most `limit` items in flight, so a 20,000-file repository
 * never has more than `limit` files in memory at once.
 */
export async function forEachBounded<T>(items: AsyncIterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  for await (const item of items) {
    const p: Promise<void> = work(item).finally(() => running.delete(p));
    running.add(p);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
}
