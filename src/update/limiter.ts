/**
 * Runs tasks with at most `parallel` at once and at least `intervalMs` between starts
 * (FRED asks for a crawl delay of 1 s).
 */
export function createLimiter(parallel: number, intervalMs: number) {
  let active = 0;
  let lastStart = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    if (active >= parallel) return;
    const start = queue.shift();
    if (!start) return;
    active++;
    const wait = Math.max(0, lastStart + intervalMs - Date.now());
    lastStart = Date.now() + wait;
    setTimeout(start, wait);
  };
  return function schedule<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push(() => {
        task().then(resolve, reject).finally(() => {
          active--;
          next();
        });
      });
      next();
    });
  };
}
