// Spectral placements (fCoSE's draft quality, pivot MDS) put nodes with the same neighbours on the
// same spot (four agencies that only co-issued one document); each such stack is fanned out on a
// small circle so every node can be seen.

export interface Point {
  x: number;
  y: number;
}

/** Moves the points of each stack apart in place; returns how many points moved. */
export function fanOut(points: readonly Point[]): number {
  const stacks = new Map<string, Point[]>();
  for (const point of points) {
    const spot = `${Math.round(point.x)},${Math.round(point.y)}`;
    const stack = stacks.get(spot);
    if (stack) stack.push(point);
    else stacks.set(spot, [point]);
  }
  let moved = 0;
  for (const stack of stacks.values()) {
    if (stack.length < 2) continue;
    const radius = 16 + 4 * stack.length;
    stack.forEach((point, i) => {
      const angle = (2 * Math.PI * i) / stack.length;
      point.x += radius * Math.cos(angle);
      point.y += radius * Math.sin(angle);
    });
    moved += stack.length;
  }
  return moved;
}
