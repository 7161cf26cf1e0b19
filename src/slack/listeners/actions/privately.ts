/**
 * A message's buttons are the same for everyone, so a click is answered for the person who clicked, beside the
 * message rather than in its place.
 */
export const privately = <T extends object>(message: T) => ({ ...message, replace_original: false });
