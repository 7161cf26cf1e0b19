import type { Kysely } from 'kysely';
import type { HomeViewers } from '../ports.ts';
import type { Schema } from './schema.ts';

export function homeViewersRepository(db: Kysely<Schema>): HomeViewers {
  return {
    async opened(userId, at) {
      await db
        .insertInto('home_viewers')
        .values({ user_id: userId, opened_at: at })
        .onConflict((conflict) => conflict.column('user_id').doUpdateSet({ opened_at: at }))
        .execute();
    },
    async whoOpened(userIds) {
      if (userIds.length === 0) return [];
      const rows = await db.selectFrom('home_viewers').select('user_id').where('user_id', 'in', userIds).execute();
      return rows.map((row) => row.user_id);
    },
  };
}
