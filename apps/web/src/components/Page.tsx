import type { ReactNode } from "react";

/** A screen: one h1 (focused after navigation so screen readers announce the new screen), then content. */
export function Page({
  title,
  lead,
  wide = false,
  children,
}: {
  title: string;
  lead?: ReactNode;
  /** Desktop screens with tables or calendars use the window's width instead of a reading column. */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? "page page-wide" : "page"}>
      <h1 tabIndex={-1}>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}
