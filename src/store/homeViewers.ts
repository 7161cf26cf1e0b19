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
    async hasOpened(userId) {
      const row = await db
        .selectFrom('home_viewers')
        .select('user_id')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
