// Preloaded into the gateway for the memory soak only (`node --expose-gc --require ...`): on the
// message 'heap' from the bench it runs a full garbage collection and answers with the memory that is
// still in use. RSS alone swings by 100 MiB with the collector's rhythm; what survives a full
// collection is what would grow if something leaked.
process.on('message', (m) => {
  if (m !== 'heap' || typeof global.gc !== 'function') return;
  global.gc();
  const u = process.memoryUsage();
  const mib = (x) => x / 2 ** 20;
  process.send({ heapUsedMiB: mib(u.heapUsed), externalMiB: mib(u.external), arrayBuffersMiB: mib(u.arrayBuffers), rssAfterGcMiB: mib(u.rss) });
});
