// HTTP timings with autocannon: latency as one user feels it (one connection, every response
// timed) and throughput under many users at once.
import autocannon from "autocannon";

export type Latency = { p50: number; p95: number; p99: number; requests: number; errors: number };
export type Throughput = { perSecond: number; requests: number; errors: number };

/** The q-quantile of sorted numbers (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Responses at or above 400, socket errors and timeouts all count as errors. */
function errorsOf(result: autocannon.Result): number {
  return result.errors + result.timeouts + result.non2xx;
}

/** `requests` requests on one connection after a few to warm up; percentiles of their times. */
export async function measureLatency(options: { url: string; requests: number; headers?: Record<string, string> }): Promise<Latency> {
  const base = { url: options.url, connections: 1, headers: options.headers, timeout: 30 };
  await autocannon({ ...base, amount: 3 });
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...base, amount: options.requests }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const ms = (q: number) => Math.round(quantile(times, q) * 10) / 10;
  return { p50: ms(0.5), p95: ms(0.95), p99: ms(0.99), requests: times.length, errors: errorsOf(result) };
}

export async function measureThroughput(options: { url: string; seconds: number; connections: number; headers?: Record<string, string> }): Promise<Throughput> {
  const result = await autocannon({ url: options.url, connections: options.connections, duration: options.seconds, timeout: 30, headers: options.headers });
  return { perSecond: result.requests.average, requests: result.requests.total, errors: errorsOf(result) };
}
