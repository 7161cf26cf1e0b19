import type { Kysely, Selectable } from 'kysely';
import type { ReminderKind, Series } from '../domain/hackfest.ts';
import type { Clock, SeriesStore } from '../ports.ts';
import type { Engine } from './connect.ts';
import type { Schema, SeriesTable } from './schema.ts';
import { fromJsonList, toJsonList } from './userIds.ts';

export function seriesRepository(db: Kysely<Schema>, engine: Engine, clock: Clock): SeriesStore {
  const columns = (series: Series) => ({
    title: series.title,
    description: series.description,
    channel_id: series.channelId,
    organizer_id: series.organizerId,
    co_organizer_ids: toJsonList(series.coOrganizerIds),
    time_zone: series.timeZone,
    rule: series.rule,
    first_date: series.firstStart.date,
    first_time: series.firstStart.time,
    duration_ms: series.durationMs,
    slots: series.slots,
    demo_ms: series.demoMs,
    signup_lead_ms: series.signupLeadMs,
    skipped_dates: toJsonList(series.skippedDates),
    reminders: toJsonList(series.reminders),
    status: series.status,
    nudged_at: series.nudgedAt,
    continued_by: series.continuedBy,
    updated_at: clock.now(),
  });

  return {
    async add(series) {
      await db
        .insertInto('series')
        .values({ id: series.id, created_at: clock.now(), ...columns(series) })
        .execute();
    },
    async save(series) {
      await db.updateTable('series').set(columns(series)).where('id', '=', series.id).execute();
    },
    async remove(id) {
      await db.deleteFrom('series').where('id', '=', id).execute();
    },
    async get(id) {
      const row = await db.selectFrom('series').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSeries(row);
    },
    async lock(id) {
      const row = await db
        .selectFrom('series')
        .selectAll()
        .where('id', '=', id)
        .$if(engine === 'postgres', (query) => query.forUpdate())
        .executeTakeFirst();
      return row && toSeries(row);
    },
    async continuedFrom(id) {
      const row = await db.selectFrom('series').selectAll().where('continued_by', '=', id).executeTakeFirst();
      return row && toSeries(row);
    },
    async active() {
      const rows = await db.selectFrom('series').selectAll().where('status', '=', 'active').orderBy('id').execute();
      return rows.map(toSeries);
    },
  };
}

function toSeries(row: Selectable<SeriesTable>): Series {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    channelId: row.channel_id,
    organizerId: row.organizer_id,
    coOrganizerIds: fromJsonList(row.co_organizer_ids),
    timeZone: row.time_zone,
    rule: row.rule,
    firstStart: { date: row.first_date, time: row.first_time },
    durationMs: Number(row.duration_ms),
    slots: row.slots,
    demoMs: Number(row.demo_ms),
    signupLeadMs: Number(row.signup_lead_ms),
    skippedDates: fromJsonList(row.skipped_dates),
    reminders: fromJsonList(row.reminders) as ReminderKind[],
    status: row.status,
    nudgedAt: row.nudged_at === null ? null : Number(row.nudged_at),
    continuedBy: row.continued_by,
  };
}
