import type { Hackfest, Series } from '../domain/hackfest.ts';
import type { Deps } from './deps.ts';

export async function seriesOf(deps: Deps, hackfest: Hackfest): Promise<Series | null> {
  return hackfest.seriesId ? ((await deps.store.series.get(hackfest.seriesId)) ?? null) : null;
}
