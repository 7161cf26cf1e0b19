/** Mentions of people by id (ids are Slack's, never user text). */
export const mentions = (userIds: readonly string[]): string => userIds.map((id) => `<@${id}>`).join(', ');
