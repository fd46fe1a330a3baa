/** `--name value`, `--flag` and repeated flags; everything else is positional. */
export function parseFlags(args: string[]): { flags: Map<string, string[]>; positional: string[] } {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    const next = args[index + 1];
    let value = "true";
    if (inline !== undefined) value = inline;
    else if (next !== undefined && !next.startsWith("--")) {
      value = next;
      index += 1;
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { flags, positional };
}
