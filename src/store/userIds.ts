/** User-id lists and date lists are JSON arrays in text columns on both engines. */
export const toJsonList = (values: readonly string[]): string => JSON.stringify(values);

export const fromJsonList = (text: string): string[] => {
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.map(String) : [];
};
