/**
 * `work`, or a rejection with `message` after `ms`. The driver's own timeouts do not cover every wait (a
 * port that accepts TCP but never answers the Bolt handshake hangs a query), so probes bound it here.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  work.catch(() => {}); // a failure after the timeout has nobody left to tell
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
