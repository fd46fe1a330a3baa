import { useEffect, useRef, useState } from "react";
import { PainScale } from "../components/PainScale.tsx";

export interface PainDialogProps {
  open: boolean;
  stopThreshold0to10: number;
  onRecord: (pain0to10: number) => void;
  onCancel: () => void;
}

/**
 * The pain check, as a modal dialog over the player: focus moves into it, Escape cancels, and the
 * session waits while the runner answers.
 */
export function PainDialog({ open, stopThreshold0to10, onRecord, onCancel }: PainDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [pain0to10, setPain0to10] = useState<number | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setPain0to10(null);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="pain-dialog"
      aria-labelledby="pain-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (pain0to10 !== null) onRecord(pain0to10);
        }}
      >
        <h2 id="pain-dialog-title">How bad is the pain right now?</h2>
        <p className="muted">At {stopThreshold0to10}/10 or more the session stops. The clock waits while you answer.</p>
        <PainScale
          legend="Pain right now"
          value={pain0to10}
          onChange={setPain0to10}
          stopThreshold0to10={stopThreshold0to10}
          showAdvice
        />
        <div className="button-row">
          <button type="submit" className="button primary" disabled={pain0to10 === null}>
            Record pain
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
