import { TEAM_ID } from './workspace.ts';

/** The `user` object of a users.info answer (the fields a Slack app typically reads). */
export type FakeUser = {
  id: string;
  team_id: string;
  name: string;
  real_name: string;
  tz: string;
  tz_label: string;
  tz_offset: number;
  is_admin: boolean;
  is_owner: boolean;
  is_bot: boolean;
  deleted: boolean;
  profile: { real_name: string; display_name: string };
};

export type UserOverrides = Partial<Omit<FakeUser, 'id'>>;

const DEFAULT_TZ = 'Europe/Berlin';

/** Every user id exists; tests override the fields they care about. */
export class UserDirectory {
  private readonly overrides = new Map<string, UserOverrides>();

  set(id: string, overrides: UserOverrides): void {
    this.overrides.set(id, { ...this.overrides.get(id), ...overrides });
  }

  get(id: string): FakeUser {
    const overrides = this.overrides.get(id) ?? {};
    const tz = overrides.tz ?? DEFAULT_TZ;
    const realName = overrides.real_name ?? `User ${id}`;
    return {
      id,
      team_id: TEAM_ID,
      name: id.toLowerCase(),
      real_name: realName,
      tz,
      tz_label: zoneName(tz, 'long'),
      tz_offset: offsetSeconds(tz),
      is_admin: false,
      is_owner: false,
      is_bot: false,
      deleted: false,
      profile: { real_name: realName, display_name: realName },
      ...overrides,
    };
  }
}

function zoneName(timeZone: string, style: 'long' | 'longOffset', at = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** The zone's offset from UTC right now, in seconds, as Slack reports it in tz_offset. */
function offsetSeconds(timeZone: string): number {
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(zoneName(timeZone, 'longOffset'));
  if (!match) return 0;
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 3600 + Number(minutes) * 60);
}
