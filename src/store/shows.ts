import type { Kysely, Selectable } from 'kysely';
import { isOn, type Show } from '../domain/timer.ts';
import type { Clock, Shows, StoredShow } from '../ports.ts';
import type { Schema, ShowsTable } from './schema.ts';

export function showsRepository(db: Kysely<Schema>, clock: Clock): Shows {
  return {
    async get(hackfestId) {
      const row = await db.selectFrom('shows').selectAll().where('hackfest_id', '=', hackfestId).executeTakeFirst();
      return row && toStoredShow(row);
    },
    async liveIn(channelId) {
      const rows = await db.selectFrom('shows').selectAll().where('channel_id', '=', channelId).execute();
      return rows.map(toStoredShow).find(({ show }) => isOn(show));
    },
    async save({ hackfestId, show, channelId, messageTs }) {
      const row = { state: JSON.stringify(show), channel_id: channelId, updated_at: clock.now() };
      await db
        .insertInto('shows')
        .values({ hackfest_id: hackfestId, message_ts: messageTs, ...row })
        .onConflict((conflict) => conflict.column('hackfest_id').doUpdateSet(row))
        .execute();
    },
    async recordMessage(hackfestId, messageTs) {
      await db.updateTable('shows').set({ message_ts: messageTs }).where('hackfest_id', '=', hackfestId).execute();
    },
  };
}

function toStoredShow(row: Selectable<ShowsTable>): StoredShow {
  return {
    hackfestId: row.hackfest_id,
    show: JSON.parse(row.state) as Show,
    channelId: row.channel_id,
    messageTs: row.message_ts,
  };
}
