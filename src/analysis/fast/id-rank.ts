/**
 * Each node's position in sorted id order (JavaScript's default string order, as
 * `components.ts` and `communities.ts` sort ids), so kernels on a pool thread can
 * order components and communities by their smallest member id without the ids.
 */
export function idRank(ids: readonly string[]): Int32Array {
  const n = ids.length;
  const rank = new Int32Array(new SharedArrayBuffer(4 * Math.max(n, 1)), 0, n);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = ids[i - 1] < ids[i];
  if (sorted) {
    for (let i = 0; i < n; i++) rank[i] = i;
    return rank;
  }
  const position = new Map<string, number>();
  ids.forEach((id, i) => position.set(id, i));
  [...ids].sort().forEach((id, r) => (rank[position.get(id) as number] = r));
  return rank;
}
