/**
 * App Home render time: the home use case and its Block Kit view, for an organizer, a presenter and a newcomer, each
 * a member of 10 channels, with 1,000 hackfests and 10,000 sign-ups in the database (SQLite, and PostgreSQL when
 * TEST_DATABASE_URL is set).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Store } from '../src/ports.ts';
import { homeView } from '../src/slack/views/home.ts';
import { connect, migrate } from '../src/store/connect.ts';
import { createStore } from '../src/store/store.ts';
import { home } from '../src/usecases/home.ts';
import { aDemo, aHackfest, aProposal } from '../test/support/builders.ts';
import { benchEngines, freshDatabase } from './support/databases.ts';
import { ms, percentile } from './support/stats.ts';
import type { Table } from './support/table.ts';

const HACKFESTS = 1_000;
const SIGNUPS_EACH = 10;
const RUNS = 50;
const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-23T09:00:00Z');
const ORGANIZER = 'UORGANIZER';
const PRESENTER = 'UPRESENTER';
const clock = { now: () => NOW };
/** The channels each person is in: the Home suggests what is coming up there. */
const MEMBER_OF = Array.from({ length: 10 }, (_, index) => `C${index}`);

/** 1,000 hackfests over 50 channels, a tenth of them over; 10 demos each; the organizer runs one in twenty. */
async function seed(store: Store): Promise<void> {
  await store.transaction(async ({ hackfests, demos, proposals }) => {
    for (let index = 0; index < HACKFESTS; index++) {
      const hackfest = aHackfest({
        id: `hf-${index}`,
        channelId: `C${index % 50}`,
        startsAt: NOW + (index % 10 === 0 ? -48 : index) * HOUR,
        organizerId: index % 20 === 0 ? ORGANIZER : `U${index % 300}`,
      });
      await hackfests.add(hackfest);
      await demos.add(
        Array.from({ length: SIGNUPS_EACH }, (_, at) => {
          const seq = at + 1;
          const ownerId = index % 25 === 0 && seq === 3 ? PRESENTER : `U${(index * SIGNUPS_EACH + seq) % 5_000}`;
          return aDemo({ id: `d-${index}-${seq}`, hackfestId: hackfest.id, ownerId, teamIds: [], seq });
        }),
      );
    }
    for (let index = 0; index < 30; index++)
      await proposals.add(aProposal({ id: `p-${index}`, createdAt: NOW - index }));
  });
}

async function timeHome(store: Store, userId: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const startedAt = performance.now();
    homeView(await home({ store, clock }, { userId, channelIds: MEMBER_OF }));
    times.push(performance.now() - startedAt);
  }
  return times;
}

export async function homeRender(): Promise<Table[]> {
  const rows = [];
  for (const engine of benchEngines) {
    const cwd = mkdtempSync(join(tmpdir(), 'hackfest-bench-home-'));
    const { database, drop } = await freshDatabase(engine, cwd);
    const connection = connect(database);
    await migrate(connection);
    const store = createStore(connection, clock);
    try {
      await seed(store);
      for (const [who, userId] of [
        ['organizer of 50', ORGANIZER],
        ['presenter in 40', PRESENTER],
        ['newcomer', 'UNEWCOMER'],
      ] as const) {
        const times = await timeHome(store, userId);
        rows.push({
          engine,
          who,
          p50: ms(percentile(times, 50)),
          p95: ms(percentile(times, 95)),
          max: ms(Math.max(...times)),
        });
      }
    } finally {
      await store.close();
      await drop();
      rmSync(cwd, { recursive: true, force: true });
    }
  }
  return [
    {
      title: `App Home render (use case + view), ${HACKFESTS.toLocaleString('en')} hackfests, ${(HACKFESTS * SIGNUPS_EACH).toLocaleString('en')} sign-ups, ms over ${RUNS} runs`,
      rows,
      note: 'Target: under 50 ms. Measured in-process, from the database to the Block Kit view, without the Web API call.',
    },
  ];
}
