/** Paths that would escape the folder an archive is unpacked into ("zip slip"), whatever the platform. */
export function isUnsafeEntryPath(name: string): boolean {
  if (name.startsWith("/") || name.startsWith("\\") || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((part) => part === "..");
}
