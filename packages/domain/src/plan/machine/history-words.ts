/** The clinical history in the words the runner and the coach read. */
const FLAG_TITLES = {
  emergency: "Emergency warning sign",
  urgent: "Urgent warning sign",
  soon: "Warning sign to have checked",
  none: "Warning sign",
} as const;

/** "New bladder problems; pain below the knee": what the runner reported, in their words. */
export function flagDetail(flags: readonly { symptom?: string; text: string }[]): string {
  const text = flags.map((q) => q.symptom ?? q.text).join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export function flagTitle(level: keyof typeof FLAG_TITLES): string {
  return FLAG_TITLES[level];
}
