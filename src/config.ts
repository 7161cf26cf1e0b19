import { z } from 'zod';

/** How Slack reaches the app: a WebSocket the app opens, or HTTP requests it serves. */
export type SlackConnection =
  | { mode: 'socket'; appToken: string }
  | { mode: 'http'; signingSecret: string; port: number };

export type Database = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export type LogLevel = (typeof LOG_LEVELS)[number];

export type Config = {
  slack: { botToken: string; apiUrl: string | undefined; connection: SlackConnection };
  database: Database;
  logLevel: LogLevel;
  /** Values that must never reach a log line. */
  secrets: string[];
};

/** The embedded database lives under the working directory, as the README promises. */
export const SQLITE_FILE = 'data/hackfest.db';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const logLevel = z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` });
const portRange = 'must be a port number from 1 to 65535';

const examples = {
  SLACK_BOT_TOKEN: 'xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
  SLACK_APP_TOKEN: 'xapp-1-A0123456789-1234567890123-abcdef0123456789',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
  PORT: '3000',
  SLACK_API_URL: 'https://slack.com/api/',
  DATABASE_URL: 'postgres://hackfest:secret@db.internal:5432/hackfest',
  LOG_LEVEL: 'info',
} as const;

type Variable = keyof typeof examples;

const optional = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const environment = z
  .object({
    SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb-'),
    SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'must be an app-level token starting with xapp-')),
    SLACK_SIGNING_SECRET: optional(z.string().regex(/^[0-9a-f]{16,}$/i, 'must be the hexadecimal signing secret')),
    PORT: optional(z.string().regex(/^\d+$/, portRange))
      .transform((port) => (port === undefined ? 3000 : Number(port)))
      .pipe(z.number().min(1, portRange).max(65535, portRange)),
    SLACK_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    DATABASE_URL: optional(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL (leave it unset for the embedded SQLite file)'),
    ),
    LOG_LEVEL: optional(z.string())
      .transform((level) => level ?? 'info')
      .pipe(logLevel),
  })
  .refine((env) => env.SLACK_APP_TOKEN !== undefined || env.SLACK_SIGNING_SECRET !== undefined, {
    path: ['SLACK_APP_TOKEN'],
    message: 'SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) must be set',
  });

export class ConfigError extends Error {}

/** Reads and validates the environment once; throws a ConfigError whose message is one line for the operator. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0]) as Variable;
    const problem = issue?.code === 'custom' ? issue.message : `${name} ${env[name] ? issue?.message : 'is missing'}`;
    throw new ConfigError(`Configuration error: ${problem}, e.g. ${name}=${examples[name]}`);
  }
  const vars = parsed.data;
  const connection: SlackConnection = vars.SLACK_APP_TOKEN
    ? { mode: 'socket', appToken: vars.SLACK_APP_TOKEN }
    : { mode: 'http', signingSecret: vars.SLACK_SIGNING_SECRET ?? '', port: vars.PORT };
  const database: Database = vars.DATABASE_URL
    ? { engine: 'postgres', url: vars.DATABASE_URL }
    : { engine: 'sqlite', file: SQLITE_FILE };
  return {
    slack: { botToken: vars.SLACK_BOT_TOKEN, apiUrl: vars.SLACK_API_URL, connection },
    database,
    logLevel: vars.LOG_LEVEL,
    secrets: [
      vars.SLACK_BOT_TOKEN,
      vars.SLACK_APP_TOKEN,
      vars.SLACK_SIGNING_SECRET,
      passwordOf(vars.DATABASE_URL),
    ].filter((secret): secret is string => Boolean(secret)),
  };
}

function passwordOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
