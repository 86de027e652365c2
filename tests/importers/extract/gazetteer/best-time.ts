/** The fastest of `runs` calls, in ms: the best run shows the code's cost without other load. */
export function bestTime(runs: number, call: () => unknown): number {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    call();
    return performance.now() - start;
  });
  return Math.min(...times);
}
