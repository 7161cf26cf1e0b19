import type { Kysely, Selectable } from 'kysely';
import type { Hackfest, ReminderKind } from '../domain/hackfest.ts';
import type { Clock, Hackfests } from '../ports.ts';
import type { Engine } from './connect.ts';
import type { HackfestsTable, Schema } from './schema.ts';
import { fromJsonList, toJsonList } from './userIds.ts';

export function hackfestsRepository(db: Kysely<Schema>, engine: Engine, clock: Clock): Hackfests {
  const columns = (hackfest: Hackfest) => ({
    series_id: hackfest.seriesId,
    occurrence_date: hackfest.occurrenceDate,
    title: hackfest.title,
    description: hackfest.description,
    channel_id: hackfest.channelId,
    organizer_id: hackfest.organizerId,
    co_organizer_ids: toJsonList(hackfest.coOrganizerIds),
    starts_at: hackfest.startsAt,
    duration_ms: hackfest.durationMs,
    slots: hackfest.slots,
    demo_ms: hackfest.demoMs,
    signup_deadline: hackfest.signupDeadline,
    time_zone: hackfest.timeZone,
    status: hackfest.status,
    announcement_channel_id: hackfest.announcement?.channelId ?? null,
    announcement_ts: hackfest.announcement?.ts ?? null,
    signups_reopened: hackfest.signupsReopened ? 1 : 0,
    one_demo_each: hackfest.oneDemoEach ? 1 : 0,
    emcee_id: hackfest.emceeId,
    timekeeper_id: hackfest.timekeeperId,
    reminders: toJsonList(hackfest.reminders),
    updated_at: clock.now(),
  });

  return {
    async add(hackfest) {
      const result = await db
        .insertInto('hackfests')
        .values({ id: hackfest.id, created_at: clock.now(), ...columns(hackfest) })
        .onConflict((conflict) => conflict.columns(['series_id', 'occurrence_date']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async save(hackfest) {
      await db.updateTable('hackfests').set(columns(hackfest)).where('id', '=', hackfest.id).execute();
    },
    async remove(id) {
      await db.deleteFrom('hackfests').where('id', '=', id).execute();
    },
    async lock(id) {
      const row = await db
        .selectFrom('hackfests')
        .selectAll()
        .where('id', '=', id)
        .$if(engine === 'postgres', (query) => query.forUpdate())
        .executeTakeFirst();
      return row && toHackfest(row);
    },
    async get(id) {
      const row = await db.selectFrom('hackfests').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toHackfest(row);
    },
    async upcoming({ now, channelIds, alsoHeld }) {
      if (channelIds?.length === 0) return [];
      const rows = await db
        .selectFrom('hackfests')
        .selectAll()
        .where('status', 'in', alsoHeld ? ['scheduled', 'held'] : ['scheduled'])
        .where((eb) => eb(eb('starts_at', '+', eb.ref('duration_ms')), '>', now))
        .$if(channelIds !== undefined, (query) => query.where('channel_id', 'in', channelIds ?? []))
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.map(toHackfest);
    },
    async involving(userId, { now, limit }) {
      const rows = await db
        .selectFrom('hackfests')
        .selectAll()
        .where('status', '=', 'scheduled')
        .where((eb) => eb(eb('starts_at', '+', eb.ref('duration_ms')), '>', now))
        .where((eb) =>
          eb.or([
            eb('organizer_id', '=', userId),
            eb('emcee_id', '=', userId),
            eb('timekeeper_id', '=', userId),
            eb('co_organizer_ids', 'like', `%${JSON.stringify(userId)}%`),
            eb('id', 'in', eb.selectFrom('demo_presenters').select('hackfest_id').where('user_id', '=', userId)),
          ]),
        )
        .orderBy('starts_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toHackfest);
    },
    async startedOrganizedBy(userId, { now, limit }) {
      const rows = await db
        .selectFrom('hackfests')
        .selectAll()
        .where((eb) =>
          eb.or([eb('status', '=', 'held'), eb.and([eb('status', '=', 'scheduled'), eb('starts_at', '<=', now)])]),
        )
        .where((eb) =>
          eb.or([eb('organizer_id', '=', userId), eb('co_organizer_ids', 'like', `%${JSON.stringify(userId)}%`)]),
        )
        .orderBy('starts_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toHackfest);
    },
    async ofSeries(seriesId, from) {
      const rows = await db
        .selectFrom('hackfests')
        .selectAll()
        .where('series_id', '=', seriesId)
        .where('starts_at', '>=', from)
        .orderBy('starts_at')
        .execute();
      return rows.map(toHackfest);
    },
    async recordStartReminder(id, ts) {
      await db.updateTable('hackfests').set({ start_reminder_ts: ts }).where('id', '=', id).execute();
    },
    async startReminderOf(id) {
      const row = await db.selectFrom('hackfests').select('start_reminder_ts').where('id', '=', id).executeTakeFirst();
      return row?.start_reminder_ts ?? null;
    },
  };
}

function toHackfest(row: Selectable<HackfestsTable>): Hackfest {
  return {
    id: row.id,
    seriesId: row.series_id,
    occurrenceDate: row.occurrence_date,
    title: row.title,
    description: row.description,
    channelId: row.channel_id,
    organizerId: row.organizer_id,
    coOrganizerIds: fromJsonList(row.co_organizer_ids),
    startsAt: Number(row.starts_at),
    durationMs: Number(row.duration_ms),
    slots: row.slots,
    demoMs: Number(row.demo_ms),
    signupDeadline: Number(row.signup_deadline),
    timeZone: row.time_zone,
    status: row.status,
    signupsReopened: Number(row.signups_reopened) === 1,
    oneDemoEach: Number(row.one_demo_each) === 1,
    emceeId: row.emcee_id,
    timekeeperId: row.timekeeper_id,
    reminders: fromJsonList(row.reminders) as ReminderKind[],
    announcement:
      row.announcement_channel_id && row.announcement_ts
        ? { channelId: row.announcement_channel_id, ts: row.announcement_ts }
        : null,
  };
}
