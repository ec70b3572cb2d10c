/**
 * A small closed-loop HTTP load generator for loopback benchmarks: `concurrency`
 * clients each send a request, wait for the answer, send the next, for a fixed
 * duration or request count. Latencies are recorded per request (nanosecond clock).
 * Only 127.0.0.1 targets are allowed: this never loads anything but our own server.
 */
import http from 'node:http';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  /** Base URL, must be http://127.0.0.1:<port>. */
  url: string;
  /** Requests to cycle through (a mixed workload lists several). */
  requests: LoadRequest[];
  concurrency: number;
  /** Stop after this long. */
  durationMs?: number;
  /** Or after this many requests, whichever comes first. */
  maxRequests?: number;
  /** Called every `every` completed requests (e.g. to sample the server's memory). */
  onProgress?: { every: number; fn: (done: number) => Promise<void> | void };
}

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost')
    throw new Error(`Load tests only target loopback, got "${target.hostname}".`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let issued = 0;
  const start = process.hrtime.bigint();
  const deadline = options.durationMs ? start + BigInt(options.durationMs) * 1_000_000n : null;
  const max = options.maxRequests ?? Infinity;

  const once = (req: LoadRequest): Promise<void> =>
    new Promise((resolve) => {
      const t0 = process.hrtime.bigint();
      const r = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.path,
          headers: { ...(req.body ? { 'content-type': 'application/json' } : {}), ...req.headers },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
            if ((res.statusCode ?? 0) >= 300) non2xx++;
            resolve();
          });
        },
      );
      r.on('error', () => {
        errors++;
        resolve();
      });
      r.end(req.body);
    });

  const client = async () => {
    for (;;) {
      if (issued >= max) return;
      if (deadline && process.hrtime.bigint() >= deadline) return;
      const req = options.requests[issued % options.requests.length]!;
      issued++;
      await once(req);
      const done = latencies.length + errors;
      if (options.onProgress && done % options.onProgress.every === 0) await options.onProgress.fn(done);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  agent.destroy();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    non2xx,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1]! : 0,
  };
}
