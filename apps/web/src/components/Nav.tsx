import type { Tab } from "../lib/route.ts";

const tabs: { tab: Tab; label: string; href: string; icon: string }[] = [
  { tab: "today", label: "Today", href: "#/today", icon: "M4 11l8-7 8 7v9h-5v-6H9v6H4z" },
  { tab: "log", label: "Log", href: "#/log", icon: "M5 4h14v16H5zM8 8h8M8 12h8M8 16h5" },
  { tab: "progress", label: "Progress", href: "#/progress", icon: "M4 20h16M6 16l4-5 4 3 5-7" },
  { tab: "guide", label: "Guide", href: "#/guide", icon: "M5 5h6a2 2 0 012 2v13a2 2 0 00-2-2H5zM19 5h-6M13 7v13" },
  { tab: "more", label: "More", href: "#/more", icon: "M5 12h.01M12 12h.01M19 12h.01" },
];

/** Bottom tab bar on phones, side navigation on wide screens (same markup, CSS decides). */
export function Nav({ current }: { current: Tab }) {
  return (
    <nav className="nav" aria-label="Main">
      <a className="nav-brand" href="#/today">
        Backstride
      </a>
      <ul>
        {tabs.map(({ tab, label, href, icon }) => (
          <li key={tab}>
            <a href={href} aria-current={current === tab ? "page" : undefined}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d={icon} />
              </svg>
              <span>{label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
