import { toLocal } from '../../domain/zonedTime.ts';

/**
 * A Slack date token: every reader sees the time in their own zone; clients that cannot render it show the
 * wall-clock time in the hackfest's zone.
 */
export function slackDate(instant: number, zone: string, format = '{date_long_pretty} at {time}'): string {
  const { date, time } = toLocal(instant, zone);
  return `<!date^${Math.floor(instant / 1000)}^${format}|${date} ${time} ${zone}>`;
}

/** A short plain-text date for places that cannot hold tokens (select options), in the hackfest's zone. */
export function plainDate(instant: number, zone: string): string {
  const { date, time } = toLocal(instant, zone);
  return `${date} ${time}`;
}
