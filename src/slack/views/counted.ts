/** `count` of a noun whose plural takes an s: "1 demo", "3 demos". */
export const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
