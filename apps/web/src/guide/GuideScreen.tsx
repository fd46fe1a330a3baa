import { type MouseEvent, useDeferredValue, useId, useMemo, useState } from "react";
import { GuideEntryView } from "./GuideEntryView.tsx";
import { buildGuideContent } from "./guide-content.ts";
import { resultsSummary, searchGuide } from "./guide-search.ts";
import "./guide.css";

/** Moves to a section without touching the hash, which the app's router owns. */
function jumpTo(id: string, event?: MouseEvent<HTMLAnchorElement>): void {
  event?.preventDefault();
  const heading = document.getElementById(`${id}-heading`);
  if (!heading) return;
  heading.scrollIntoView({
    block: "start",
    behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth",
  });
  heading.focus({ preventScroll: true });
}

/**
 * Everything the article advises, from the domain's content: causes, the three phases, the return
 * table, prevention, sleep, cross-training, gear, questions and answers, and when to see a doctor.
 * Bundled with the app, so it works with no signal; searchable as you type.
 */
export function GuideScreen() {
  const content = useMemo(() => buildGuideContent(), []);
  const [query, setQuery] = useState("");
  // Typing stays responsive: the filtered list may lag a keystroke behind on a slow phone.
  const deferredQuery = useDeferredValue(query);
  const result = useMemo(() => searchGuide(content, deferredQuery), [content, deferredQuery]);
  const searchId = useId();
  const summary = resultsSummary(deferredQuery, result.count);

  return (
    <div className="page guide">
      <h1 tabIndex={-1}>Guide</h1>
      <p className="lead">
        Why running hurts your back, how to get back to running, and how to stay pain-free. Every rule shows where it
        comes from.
      </p>

      <search className="guide-search">
        <label htmlFor={searchId}>Search the guide</label>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. shoes, sleep, numbness"
          onChange={(event) => setQuery(event.target.value)}
        />
      </search>
      <p className="guide-results" role="status" aria-live="polite">
        {summary}
      </p>

      {deferredQuery.trim() === "" ? (
        <p className="guide-warning">
          Numbness around the groin or trouble peeing with back pain?{" "}
          <button type="button" className="link-button" onClick={() => jumpTo("doctor")}>
            See when to go to a doctor
          </button>
        </p>
      ) : null}

      {result.sections.length > 0 ? (
        <nav className="guide-toc" aria-label="Guide contents">
          <h2 className="guide-toc-title">Contents</h2>
          <ol>
            {result.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} onClick={(event) => jumpTo(section.id, event)}>
                  {section.title}
                </a>
                {deferredQuery.trim() ? <span className="muted"> ({section.entries.length})</span> : null}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}

      {result.sections.map((section) => (
        <section key={section.id} id={section.id} className="guide-section" aria-labelledby={`${section.id}-heading`}>
          <h2 id={`${section.id}-heading`} tabIndex={-1}>
            {section.title}
          </h2>
          {section.intro ? <p className="guide-intro">{section.intro}</p> : null}
          {section.entries.map((entry) => (
            <GuideEntryView key={entry.id} entry={entry} />
          ))}
          {section.id === "guide-form" ? (
            <p>
              <a className="button" href="#/form-check">
                Check your form from a video
              </a>
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
