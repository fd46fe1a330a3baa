/** Theme chosen in Settings; "system" follows prefers-color-scheme through CSS alone. */
export type Theme = "system" | "light" | "dark";

const themeKey = "backstride.theme";

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
  localStorage.setItem(themeKey, theme);
}

/** Applied before the first render so a dark-mode runner never sees a white flash. */
export function applyStoredTheme(): void {
  const stored = localStorage.getItem(themeKey);
  if (stored === "light" || stored === "dark") document.documentElement.dataset.theme = stored;
}
