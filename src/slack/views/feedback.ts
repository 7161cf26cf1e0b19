import type { KnownBlock } from '@slack/types';
import { FEEDBACK_ASPECTS, type FeedbackWindow, LEANINGS } from '../../domain/feedback.ts';
import type { Hackfest } from '../../domain/hackfest.ts';
import { presenters } from '../../domain/lineup.ts';
import type { FeedbackReport } from '../../ports.ts';
import { ACTIONS } from '../ids.ts';
import { button, section } from './blocks.ts';
import { counted } from './counted.ts';
import { slackDate } from './dates.ts';
import { ASPECT_LABELS, aspectAnswers } from './feedbackAnswers.ts';
import { mentions } from './people.ts';
import { userText } from './text.ts';

const DEMOS_NAMED = 20;
const COMMENTS_SHOWN = 10;
/** Demos tied for favourite named in the wrap-up; a long tie ends in "and N more". */
const TIED_NAMED = 5;

const titled = (hackfest: Hackfest) => `*${userText(hackfest.title, 150)}*`;

/**
 * The channel's prompt when a hackfest is over, with the closing date; once feedback closed, how many answered and
 * no button.
 */
export function feedbackPrompt(hackfest: Hackfest, window: FeedbackWindow, responses = 0) {
  if (window.closedAt !== null) {
    const text = `:speech_balloon: Feedback on ${titled(hackfest)} is closed: ${responses} ${responses === 1 ? 'person' : 'people'} answered. Thank you!`;
    return { text, blocks: [section(text)] as KnownBlock[] };
  }
  const text = `:speech_balloon: ${titled(hackfest)} is over: how was it? Your answer shapes the next one. Feedback closes ${slackDate(window.closesAt, hackfest.timeZone)}.`;
  return {
    text,
    blocks: [
      section(text),
      { type: 'actions', elements: [button(ACTIONS.giveFeedback, 'Give feedback', hackfest.id, { style: 'primary' })] },
    ] as KnownBlock[],
  };
}

/** The channel's short public wrap-up once feedback closes: demos presented, the favourite, thanks by name. */
export function wrapUpMessage(report: FeedbackReport) {
  const { hackfest, presented } = report;
  const named = presented.slice(0, DEMOS_NAMED).map((demo) => `*${userText(demo.title, 80)}*`);
  const more = presented.length - named.length;
  const crew = [
    hackfest.emceeId && `emcee <@${hackfest.emceeId}>`,
    hackfest.timekeeperId && `timekeeper <@${hackfest.timekeeperId}>`,
  ].filter(Boolean);
  const everyPresenter = [...new Set(presented.flatMap(presenters))];
  const lines = [
    `:tada: *That was ${userText(hackfest.title, 150)}!*`,
    presented.length === 0
      ? 'No demos this time.'
      : `${counted(presented.length, 'demo')} presented: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
    ...favouriteLine(report),
    `:pray: Thank you ${[...crew, everyPresenter.length > 0 ? `presenters ${mentions(everyPresenter.slice(0, 50))}` : ''].filter(Boolean).join(', ') || 'everyone who came'}!`,
  ];
  const text = lines.join('\n');
  return { text: `That was ${userText(hackfest.title, 150)}!`, blocks: [section(text.slice(0, 3_000))] };
}

/**
 * The demo voted favourite; when several tie for the most votes, each of them in running order, so none is crowned
 * by chance.
 */
function favouriteLine({ presented, summary }: FeedbackReport): string[] {
  const [top] = summary.favourites;
  if (!top) return [];
  const tiedIds = new Set(summary.favourites.filter(({ votes }) => votes === top.votes).map(({ demoId }) => demoId));
  const tied = presented.filter((demo) => tiedIds.has(demo.id));
  if (tied.length === 0) return [];
  const votes = counted(top.votes, 'vote');
  const named = tied
    .slice(0, TIED_NAMED)
    .map((demo) => `*${userText(demo.title, 150)}* by ${mentions(presenters(demo))}`);
  const more = tied.length - named.length;
  if (named.length === 1) return [`:trophy: Favourite demo: ${named[0]} (${votes}).`];
  return [
    `:trophy: Favourite demos, tied at ${votes} each: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
  ];
}

/** A row of the ratings' distribution that reads at a glance in text too: `5 ★ ███████ 7`. */
export function distributionText(distribution: readonly number[]): string {
  const most = Math.max(1, ...distribution);
  return [5, 4, 3, 2, 1]
    .map((rating) => {
      const count = distribution[rating - 1] ?? 0;
      return `\`${rating} ★\` ${'█'.repeat(Math.round((count / most) * 12)) || '·'} ${count}`;
    })
    .join('\n');
}

/** The ratings' distribution as a screen reader reads the chart: `Ratings: 5 stars: 7, 4 stars: 2, …, 1 star: 0.` */
export function distributionAltText(distribution: readonly number[]): string {
  const counts = [5, 4, 3, 2, 1].map((rating) => `${counted(rating, 'star')}: ${distribution[rating - 1] ?? 0}`);
  return `Ratings: ${counts.join(', ')}.`;
}

/** The organizers' summary as its notification reads. */
export const feedbackSummaryText = ({ hackfest, summary }: FeedbackReport) =>
  `Feedback on ${userText(hackfest.title, 150)}: ${counted(summary.responses, 'response')}`;

/** The organizers' summary: responses, rating, favourites, what people would change, comments, and Apply. */
export function feedbackSummaryBlocks(
  { hackfest, presented, window, summary }: FeedbackReport,
  now: number,
): KnownBlock[] {
  const closed = window.closedAt !== null || now >= window.closesAt;
  const noRatings = closed ? 'no ratings' : 'no ratings yet';
  const rating = summary.averageRating === null ? noRatings : `average *${summary.averageRating}* of 5`;
  const favourites = summary.favourites.slice(0, 3).flatMap(({ demoId, votes }) => {
    const demo = presented.find((each) => each.id === demoId);
    return demo ? [`*${userText(demo.title, 80)}* (${votes})`] : [];
  });
  const aspects = FEEDBACK_ASPECTS.flatMap((aspect) => {
    const answers = aspectAnswers(aspect, summary.aspects[aspect], LEANINGS);
    return answers ? [`• *${ASPECT_LABELS[aspect]}*: ${answers}`] : [];
  });
  const comments = summary.comments
    .slice(0, COMMENTS_SHOWN)
    .map(({ text, by }) => `> ${userText(text, 200).replaceAll('\n', ' ')} — ${by ? `<@${by}>` : '_anonymous_'}`);
  const blocks: KnownBlock[] = [
    section(
      `:bar_chart: *Feedback on ${userText(hackfest.title, 150)}* (${slackDate(hackfest.startsAt, hackfest.timeZone, '{date_short_pretty}')}): ${counted(summary.responses, 'response')}, ${rating}. ${closed ? 'Closed.' : `Open until ${slackDate(window.closesAt, hackfest.timeZone)}.`}`,
    ),
  ];
  if (summary.responses > 0)
    blocks.push(
      section(distributionText(summary.distribution)),
      section(
        [
          ...(favourites.length ? [`:trophy: Favourite demos: ${favourites.join(', ')}`] : []),
          ...(aspects.length > 0
            ? ['*What people would change*', ...aspects]
            : ['*What people would change*: no answers']),
        ].join('\n'),
      ),
    );
  if (comments.length > 0)
    blocks.push(
      section(
        [
          `*Comments*`,
          ...comments,
          ...(summary.comments.length > COMMENTS_SHOWN
            ? [`…and ${summary.comments.length - COMMENTS_SHOWN} more.`]
            : []),
        ]
          .join('\n')
          .slice(0, 3_000),
      ),
    );
  blocks.push({
    type: 'actions',
    elements: [
      button(ACTIONS.applyFeedback, 'Apply to the next one', hackfest.id, { style: 'primary' }),
      ...(closed
        ? []
        : [
            button(ACTIONS.extendFeedback, 'Keep open 7 more days', hackfest.id),
            button(ACTIONS.closeFeedback, 'Close now', hackfest.id),
          ]),
    ],
  });
  return blocks;
}
