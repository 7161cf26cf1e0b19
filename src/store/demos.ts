import type { Kysely, Selectable } from 'kysely';
import { type Demo, presenters } from '../domain/lineup.ts';
import type { Clock, Demos } from '../ports.ts';
import type { DemosTable, Schema } from './schema.ts';
import { fromJsonList, toJsonList } from './userIds.ts';

export function demosRepository(db: Kysely<Schema>, clock: Clock): Demos {
  /** Presenters of `demo` who already present another demo at its hackfest. */
  const taken = async (demo: Demo) => {
    const rows = await db
      .selectFrom('demo_presenters')
      .select('user_id')
      .where('hackfest_id', '=', demo.hackfestId)
      .where('user_id', 'in', presenters(demo))
      .where('demo_id', '!=', demo.id)
      .execute();
    return rows.map((row) => row.user_id);
  };
  const presenting = async (hackfestId: string, people: readonly string[]) => {
    if (people.length === 0) return new Set<string>();
    const rows = await db
      .selectFrom('demo_presenters')
      .select('user_id')
      .distinct()
      .where('hackfest_id', '=', hackfestId)
      .where('user_id', 'in', people)
      .execute();
    return new Set(rows.map((row) => row.user_id));
  };
  const seatPresenters = async (demo: Demo) => {
    await db.deleteFrom('demo_presenters').where('demo_id', '=', demo.id).execute();
    await db.insertInto('demo_presenters').values(presenterRows(demo)).execute();
  };
  const details = (demo: Demo) => ({
    owner_id: demo.ownerId,
    title: demo.title,
    description: demo.description,
    team_ids: toJsonList(demo.teamIds),
    length_ms: demo.lengthMs,
    seq: demo.seq,
  });

  return {
    async ofHackfest(hackfestId) {
      const rows = await db
        .selectFrom('demos')
        .selectAll()
        .where('hackfest_id', '=', hackfestId)
        .orderBy('seq')
        .orderBy('id')
        .execute();
      return rows.map(toDemo);
    },
    async lineupSoFar(hackfestId, people) {
      const totals = await db
        .selectFrom('demos')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('seq').as('last_seq')])
        .where('hackfest_id', '=', hackfestId)
        .executeTakeFirstOrThrow();
      const soFar = { count: Number(totals.count), lastSeq: Number(totals.last_seq ?? 0) };
      if (people.length === 0) return { ...soFar, presenting: new Set(), owned: [] };
      const presentingNow = await presenting(hackfestId, people);
      const owned = await db
        .selectFrom('demos as demo')
        .selectAll('demo')
        .select((eb) =>
          eb
            .selectFrom('demos as before')
            .select(eb.fn.countAll<number>().as('count'))
            .whereRef('before.hackfest_id', '=', 'demo.hackfest_id')
            .whereRef('before.seq', '<', 'demo.seq')
            .as('ahead'),
        )
        .where('demo.hackfest_id', '=', hackfestId)
        .where('demo.owner_id', 'in', people)
        .execute();
      return {
        ...soFar,
        presenting: presentingNow,
        owned: owned.map((row) => ({ demo: toDemo(row), ahead: Number(row.ahead) })),
      };
    },
    presenting,
    async add(demos) {
      if (demos.length === 0) return;
      const createdAt = clock.now();
      await db
        .insertInto('demos')
        .values(
          demos.map((demo) => ({ id: demo.id, hackfest_id: demo.hackfestId, created_at: createdAt, ...details(demo) })),
        )
        .execute();
      await db.insertInto('demo_presenters').values(demos.flatMap(presenterRows)).execute();
    },
    async save(demo, { oneEach }) {
      const busy = oneEach ? await taken(demo) : [];
      if (busy.length > 0) return { ok: false, taken: busy };
      await db.updateTable('demos').set(details(demo)).where('id', '=', demo.id).execute();
      await seatPresenters(demo);
      return { ok: true };
    },
    async remove(demoId) {
      await db.deleteFrom('demo_presenters').where('demo_id', '=', demoId).execute();
      await db.deleteFrom('demos').where('id', '=', demoId).execute();
    },
    async reorder(demos) {
      for (const demo of demos)
        await db.updateTable('demos').set({ seq: demo.seq }).where('id', '=', demo.id).execute();
    },
    async counts(hackfestIds) {
      if (hackfestIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('demos')
        .select((eb) => ['hackfest_id', eb.fn.countAll<number>().as('count')])
        .where('hackfest_id', 'in', hackfestIds)
        .groupBy('hackfest_id')
        .execute();
      return new Map(rows.map((row) => [row.hackfest_id, Number(row.count)]));
    },
  };
}

const presenterRows = (demo: Demo) =>
  presenters(demo).map((userId) => ({ hackfest_id: demo.hackfestId, user_id: userId, demo_id: demo.id }));

function toDemo(row: Selectable<DemosTable>): Demo {
  return {
    id: row.id,
    hackfestId: row.hackfest_id,
    ownerId: row.owner_id,
    title: row.title,
    description: row.description,
    teamIds: fromJsonList(row.team_ids),
    lengthMs: Number(row.length_ms),
    seq: row.seq,
  };
}
