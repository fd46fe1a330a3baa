import { useMemo } from "react";
import { useData } from "../app/data.tsx";
import { formCauseNote } from "../form-check/form-cause-note.ts";

/** The latest form check's overstride, offered before the cause questions: a measurement, not an answer. */
export function FormCheckCauseNote() {
  const { events } = useData();
  const note = useMemo(() => formCauseNote(events), [events]);
  if (!note) return null;
  return (
    <section className="card" aria-labelledby="cause-form-note-heading">
      <h2 id="cause-form-note-heading">From your form check</h2>
      <p>{note}</p>
    </section>
  );
}
