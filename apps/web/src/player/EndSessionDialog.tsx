import { useEffect, useRef } from "react";

export interface EndSessionDialogProps {
  open: boolean;
  onEnd: () => void;
  onKeepGoing: () => void;
}

/**
 * "End session" asks first: a stray tap mid-run should not end the session. Keep going is the
 * default focus, so Enter or Escape never ends it by accident.
 */
export function EndSessionDialog({ open, onEnd, onKeepGoing }: EndSessionDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const keepGoingRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      keepGoingRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="pain-dialog end-dialog"
      aria-labelledby="end-dialog-title"
      aria-describedby="end-dialog-text"
      onCancel={(event) => {
        event.preventDefault();
        onKeepGoing();
      }}
    >
      <h2 id="end-dialog-title">End this session now?</h2>
      <p id="end-dialog-text" className="muted">
        The clock waits while you decide. Next you can say how the pain was, or save without it.
      </p>
      <div className="button-row">
        <button ref={keepGoingRef} type="button" className="button primary" onClick={onKeepGoing}>
          Keep going
        </button>
        <button type="button" className="button danger" onClick={onEnd}>
          End session
        </button>
      </div>
    </dialog>
  );
}
