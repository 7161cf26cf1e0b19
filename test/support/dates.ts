/** A date two days from now (ISO, as an organizer types it): far enough ahead for sign-ups and an early start. */
export const inTwoDays = () => new Date(Date.now() + 2 * 24 * 3_600_000).toISOString().slice(0, 10);
