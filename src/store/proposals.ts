import { type Kysely, type Selectable, sql } from 'kysely';
import type { Adjustment, Aspect, Frequency, Proposal } from '../domain/proposal.ts';
import type { Clock, Proposals } from '../ports.ts';
import type { Engine } from './connect.ts';
import type { ProposalsTable, Schema } from './schema.ts';
import { fromJsonList, toJsonList } from './userIds.ts';

export function proposalsRepository(db: Kysely<Schema>, engine: Engine, clock: Clock): Proposals {
  const columns = (proposal: Proposal) => ({
    proposer_id: proposal.proposerId,
    channel_id: proposal.channelId,
    title: proposal.title,
    why: proposal.why,
    format: proposal.format,
    duration_ms: proposal.durationMs,
    frequency: proposal.frequency,
    topics: toJsonList(proposal.topics),
    status: proposal.status,
    message_channel_id: proposal.message?.channelId ?? null,
    message_ts: proposal.message?.ts ?? null,
    adjustments: JSON.stringify(proposal.adjustments),
    adjustments_digested: proposal.adjustmentsDigested,
    scheduled: proposal.scheduled && JSON.stringify(proposal.scheduled),
    updated_at: clock.now(),
  });
  const backs = (proposalId: string, userId: string) =>
    db
      .selectFrom('proposal_backers')
      .select('backs')
      .where('proposal_id', '=', proposalId)
      .where('user_id', '=', userId)
      .executeTakeFirst();

  return {
    async add(proposal) {
      await db
        .insertInto('proposals')
        .values({ id: proposal.id, created_at: proposal.createdAt, ...columns(proposal) })
        .execute();
    },
    async save(proposal) {
      await db.updateTable('proposals').set(columns(proposal)).where('id', '=', proposal.id).execute();
    },
    async get(id) {
      const row = await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toProposal(row);
    },
    async lock(id) {
      const row = await db
        .selectFrom('proposals')
        .selectAll()
        .where('id', '=', id)
        .$if(engine === 'postgres', (query) => query.forUpdate())
        .executeTakeFirst();
      return row && toProposal(row);
    },
    async open({ channelIds, limit }) {
      if (channelIds?.length === 0) return [];
      const rows = await db
        .selectFrom('proposals')
        .selectAll()
        .where('status', '=', 'open')
        .$if(channelIds !== undefined, (query) => query.where('channel_id', 'in', channelIds ?? []))
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toProposal);
    },
    async toggleBacking({ proposalId, userId, clickId, now, quietMs }) {
      const flipped = await db
        .insertInto('proposal_backers')
        .values({ proposal_id: proposalId, user_id: userId, backs: 1, changed_at: now, last_click: clickId })
        .onConflict((conflict) =>
          conflict
            .columns(['proposal_id', 'user_id'])
            .doUpdateSet({
              backs: sql`1 - proposal_backers.backs`,
              changed_at: (eb) => eb.ref('excluded.changed_at'),
              last_click: (eb) => eb.ref('excluded.last_click'),
            })
            .where(
              sql<boolean>`proposal_backers.last_click <> excluded.last_click and proposal_backers.changed_at <= excluded.changed_at - ${quietMs}`,
            ),
        )
        .returning('backs')
        .executeTakeFirst();
      if (flipped) return { backs: Number(flipped.backs) === 1, changed: true };
      const current = await backs(proposalId, userId);
      return { backs: Number(current?.backs) === 1, changed: false };
    },
    async backers(proposalId) {
      const rows = await db
        .selectFrom('proposal_backers')
        .select('user_id')
        .where('proposal_id', '=', proposalId)
        .where('backs', '=', 1)
        .orderBy('changed_at')
        .orderBy('user_id')
        .execute();
      return rows.map((row) => row.user_id);
    },
    async backingCounts(proposalIds) {
      if (proposalIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('proposal_backers')
        .select((eb) => ['proposal_id', eb.fn.countAll<number>().as('count')])
        .where('proposal_id', 'in', proposalIds)
        .where('backs', '=', 1)
        .groupBy('proposal_id')
        .execute();
      return new Map(rows.map((row) => [row.proposal_id, Number(row.count)]));
    },
    async backedBy(userId, proposalIds) {
      if (proposalIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('proposal_backers')
        .select('proposal_id')
        .where('user_id', '=', userId)
        .where('proposal_id', 'in', proposalIds)
        .where('backs', '=', 1)
        .execute();
      return new Set(rows.map((row) => row.proposal_id));
    },
    async suggest(proposalId, suggestion, id) {
      await db
        .insertInto('proposal_suggestions')
        .values({
          id,
          proposal_id: proposalId,
          user_id: suggestion.userId,
          aspect: suggestion.aspect,
          text: suggestion.text,
          created_at: suggestion.at,
        })
        .execute();
    },
    async suggestions(proposalId) {
      const rows = await db
        .selectFrom('proposal_suggestions')
        .selectAll()
        .where('proposal_id', '=', proposalId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        userId: row.user_id,
        aspect: row.aspect as Aspect,
        text: row.text,
        at: Number(row.created_at),
      }));
    },
  };
}

type StoredScheduled = Omit<NonNullable<Proposal['scheduled']>, 'channelId'> & { channelId?: string };

function toProposal(row: Selectable<ProposalsTable>): Proposal {
  return {
    id: row.id,
    proposerId: row.proposer_id,
    channelId: row.channel_id,
    title: row.title,
    why: row.why,
    format: row.format,
    durationMs: Number(row.duration_ms),
    frequency: row.frequency as Frequency,
    topics: fromJsonList(row.topics),
    status: row.status,
    createdAt: Number(row.created_at),
    message:
      row.message_channel_id && row.message_ts ? { channelId: row.message_channel_id, ts: row.message_ts } : null,
    // Adjustments kept before they named who made them and what they answer: the proposer's, answering nothing told.
    adjustments: (JSON.parse(row.adjustments) as Array<Partial<Adjustment>>).map((each) => ({
      by: row.proposer_id,
      answersSuggestions: false,
      ...each,
    })) as Adjustment[],
    adjustmentsDigested: Number(row.adjustments_digested),
    // Kept before it named the hackfest's channel: the proposal's is the best guess.
    scheduled: row.scheduled ? { channelId: row.channel_id, ...(JSON.parse(row.scheduled) as StoredScheduled) } : null,
  };
}
