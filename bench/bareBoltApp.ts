/**
 * The floor for ack latency: a Bolt app in the same mode as Hackfest (from the same environment variables) that
 * does nothing but ack the command, every action and every view submission.
 */
import { App, LogLevel } from '@slack/bolt';

const { SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL, PORT } = process.env;
const shared = { token: SLACK_BOT_TOKEN, logLevel: LogLevel.WARN, clientOptions: { slackApiUrl: SLACK_API_URL } };
const app = SLACK_APP_TOKEN
  ? new App({ ...shared, socketMode: true, appToken: SLACK_APP_TOKEN })
  : new App({ ...shared, signingSecret: SLACK_SIGNING_SECRET, port: Number(PORT) });

app.command('/hackfest', async ({ ack }) => ack());
app.action(/.*/, async ({ ack }) => ack());
app.view(/.*/, async ({ ack }) => ack());

await app.start();
console.log('bare app is ready');
