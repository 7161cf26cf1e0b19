import type { Kysely, Selectable } from 'kysely';
import type { Feedback, FeedbackAnswer, FeedbackWindow } from '../domain/feedback.ts';
import type { FeedbackStore } from '../ports.ts';
import type { FeedbackTable, FeedbackWindowsTable, Schema } from './schema.ts';

export function feedbackRepository(db: Kysely<Schema>): FeedbackStore {
  const windows = () => db.selectFrom('feedback_windows').selectAll();
  return {
    async open(window) {
      const result = await db
        .insertInto('feedback_windows')
        .values({
          hackfest_id: window.hackfestId,
          opened_at: window.openedAt,
          closes_at: window.closesAt,
          closed_at: window.closedAt,
        })
        .onConflict((conflict) => conflict.column('hackfest_id').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async window(hackfestId) {
      const row = await windows().where('hackfest_id', '=', hackfestId).executeTakeFirst();
      return row && toWindow(row);
    },
    async windows(hackfestIds) {
      if (hackfestIds.length === 0) return [];
      return (await windows().where('hackfest_id', 'in', hackfestIds).execute()).map(toWindow);
    },
    async extend(hackfestId, closesAt) {
      await db
        .updateTable('feedback_windows')
        .set({ closes_at: closesAt })
        .where('hackfest_id', '=', hackfestId)
        .where('closed_at', 'is', null)
        .execute();
    },
    async close(hackfestId, now) {
      const result = await db
        .updateTable('feedback_windows')
        .set({ closed_at: now })
        .where('hackfest_id', '=', hackfestId)
        .where('closed_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async recordPrompt(hackfestId, ts) {
      await db.updateTable('feedback_windows').set({ prompt_ts: ts }).where('hackfest_id', '=', hackfestId).execute();
    },
    async promptOf(hackfestId) {
      const row = await db
        .selectFrom('feedback_windows')
        .select('prompt_ts')
        .where('hackfest_id', '=', hackfestId)
        .executeTakeFirst();
      return row?.prompt_ts ?? null;
    },
    async give(feedback) {
      const earlier = await db
        .selectFrom('feedback')
        .select('user_id')
        .where('hackfest_id', '=', feedback.hackfestId)
        .where('user_id', '=', feedback.userId)
        .executeTakeFirst();
      const answer = {
        rating: feedback.rating,
        favourite_demo_id: feedback.favouriteDemoId,
        aspects: JSON.stringify(feedback.aspects),
        comment: feedback.comment,
        anonymous: feedback.anonymous ? 1 : 0,
        updated_at: feedback.at,
      };
      await db
        .insertInto('feedback')
        .values({ hackfest_id: feedback.hackfestId, user_id: feedback.userId, ...answer })
        .onConflict((conflict) => conflict.columns(['hackfest_id', 'user_id']).doUpdateSet(answer))
        .execute();
      return { replaced: earlier !== undefined };
    },
    async ofHackfest(hackfestId) {
      const rows = await db
        .selectFrom('feedback')
        .selectAll()
        .where('hackfest_id', '=', hackfestId)
        .orderBy('updated_at')
        .orderBy('user_id')
        .execute();
      return rows.map(toFeedback);
    },
    async counts(hackfestIds) {
      if (hackfestIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('feedback')
        .select((eb) => ['hackfest_id', eb.fn.countAll<number>().as('count')])
        .where('hackfest_id', 'in', hackfestIds)
        .groupBy('hackfest_id')
        .execute();
      return new Map(rows.map((row) => [row.hackfest_id, Number(row.count)]));
    },
    async latestOpenIn(channelId, now) {
      const row = await db
        .selectFrom('feedback_windows')
        .innerJoin('hackfests', 'hackfests.id', 'feedback_windows.hackfest_id')
        .selectAll('feedback_windows')
        .where('hackfests.channel_id', '=', channelId)
        .where('feedback_windows.closed_at', 'is', null)
        .where('feedback_windows.closes_at', '>', now)
        .orderBy('feedback_windows.opened_at', 'desc')
        .executeTakeFirst();
      return row && toWindow(row);
    },
  };
}

function toWindow(row: Selectable<FeedbackWindowsTable>): FeedbackWindow {
  return {
    hackfestId: row.hackfest_id,
    openedAt: Number(row.opened_at),
    closesAt: Number(row.closes_at),
    closedAt: row.closed_at === null ? null : Number(row.closed_at),
  };
}

function toFeedback(row: Selectable<FeedbackTable>): Feedback {
  return {
    hackfestId: row.hackfest_id,
    userId: row.user_id,
    rating: Number(row.rating),
    favouriteDemoId: row.favourite_demo_id,
    aspects: JSON.parse(row.aspects) as FeedbackAnswer['aspects'],
    comment: row.comment,
    anonymous: Number(row.anonymous) === 1,
    at: Number(row.updated_at),
  };
}
