/** The ids of the one workspace and app the fake pretends to be; payload builders use the same ones. */
export const TEAM_ID = 'T111';
export const TEAM_NAME = 'Acme';
export const TEAM_DOMAIN = 'acme';
export const TEAM_URL = `https://${TEAM_DOMAIN}.slack.com/`;
export const APP_ID = 'A111';
export const BOT_USER_ID = 'UBOT';
export const BOT_ID = 'BBOT';
export const BOT_NAME = 'hackfest';
