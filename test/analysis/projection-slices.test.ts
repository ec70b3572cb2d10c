/**
 * projectNetworkInSlices: the same network as projectNetwork, built with turns of the
 * event loop between slices (so a server keeps answering while a world-scope network
 * is built), and stopped between slices by its signal.
 */
import path from 'node:path';
import { projectNetwork, projectNetworkInSlices } from '../../src/analysis/projection';
import { withWorldPlaces } from '../../src/analysis/world-scope';
import { readDataset } from '../../src/seed/read-dataset';
import { readWorldLayer } from '../../src/seed/world/world-files';
import type { Snapshot } from '../../src/domain/model';
import type { WorldNetwork } from '../../src/domain/world';
import { REPO_ROOT } from '../support/neo4j-env';

describe('projectNetworkInSlices', () => {
  let snapshot: Snapshot;
  let world: WorldNetwork;

  beforeAll(async () => {
    const seed = path.join(REPO_ROOT, 'seed');
    const { dataset } = await readDataset(seed);
    const layer = await readWorldLayer(path.join(seed, 'world'));
    world = layer;
    snapshot = withWorldPlaces({ ...dataset, dataVersion: 1 } as unknown as Snapshot, world).snapshot;
  }, 60_000);

  it.each([{ scope: 'WORLD' as const }, { scope: 'WORLD' as const, countries: ['JP'] }, {}])('builds the same network as projectNetwork (%j)', async (filter) => {
    const whole = projectNetwork(snapshot, filter, world);
    const sliced = await projectNetworkInSlices(snapshot, filter, world);
    // Node and edge order, attributes and endpoints (graphology's generated edge keys differ per graph).
    const view = (g: typeof whole) => JSON.stringify([g.mapNodes((id, a) => [id, a]), g.mapEdges((_e, a, s, t) => [s, t, a])]);
    expect(sliced.order).toBe(whole.order);
    expect(sliced.size).toBe(whole.size);
    expect(view(sliced) === view(whole)).toBe(true);
  });

  it('gives the event loop turns while it builds the world network', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      const graph = await projectNetworkInSlices(snapshot, { scope: 'WORLD' }, world);
      expect(graph.order).toBeGreaterThan(17_000);
    } finally {
      clearInterval(timer);
    }
    // One slice per 1,000 ties, nodes or edges: dozens of turns at world scale.
    expect(ticks).toBeGreaterThan(10);
  });

  it('stops between slices once its signal aborts', async () => {
    const controller = new AbortController();
    const building = projectNetworkInSlices(snapshot, { scope: 'WORLD' }, world, controller.signal);
    controller.abort(new Error('budget spent'));
    await expect(building).rejects.toThrow('budget spent');
  });
});
