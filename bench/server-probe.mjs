/**
 * Preloaded into the server process by the bench only (`node --expose-gc --import <this>`), so the
 * server's own code stays untouched: on SIGUSR2 it collects garbage and prints one JSON line with
 * the memory figures, which the harness reads from the server's stdout.
 */
process.on('SIGUSR2', () => {
  // Two passes: the first can leave objects that only die once their finalizers have run.
  globalThis.gc?.();
  globalThis.gc?.();
  const memory = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({
      message: 'bench:memory',
      gc: typeof globalThis.gc === 'function',
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      heapTotal: memory.heapTotal,
      external: memory.external,
      arrayBuffers: memory.arrayBuffers,
    })}\n`,
  );
});
