/**
 * "Share": makes the open chart a live room and shows its links, one to edit
 * and one to view only, each with a Copy button. The links sit in a dialog in
 * React Aria's Popover under the button (DialogTrigger): focus moves in when
 * it opens, Escape or a press outside closes it, and focus goes back to Share.
 */
import { Share2 } from 'lucide-react';
import { useId, useState } from 'react';
import { Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { LIVE_WORDS } from '../../theme/people';
import { ToolTrigger } from '../toolbar/tool-button';

function LinkField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold text-ink-soft">
        {label}
      </label>
      <div className="flex gap-1">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1 text-xs text-ink"
        />
        <button
          type="button"
          className="rounded-md border border-slate-300 px-2 text-xs font-medium text-ink-soft hover:bg-slate-100"
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
        </button>
      </div>
    </div>
  );
}

export function ShareButton({
  links,
  onShare,
}: {
  links: { edit: string; view: string | null } | null;
  onShare: () => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  return (
    // The popover waits for the links: until the room exists there is nothing to show.
    <DialogTrigger
      isOpen={open && links !== null}
      onOpenChange={(next) => {
        setOpen(next);
        if (next && !links) void onShare();
      }}
    >
      <ToolTrigger label={LIVE_WORDS.share} icon={<Share2 size={15} aria-hidden="true" />} />
      <Popover
        placement="bottom end"
        offset={8}
        className="z-40 w-96 max-w-[calc(100vw-16px)] rounded-xl border border-slate-200 bg-white shadow-lg"
      >
        <Dialog aria-label="Share this chart" className="flex flex-col gap-3 p-4 outline-none">
          {({ close }) =>
            links && (
              <>
                <p className="text-sm text-ink">
                  Anyone with a link joins this chart live. Keep the edit link for the people who
                  plan with you.
                </p>
                <LinkField label="Edit link" value={links.edit} />
                {links.view && <LinkField label="View-only link" value={links.view} />}
                <button
                  type="button"
                  className="self-end rounded-md px-3 py-1 text-sm font-medium text-ink-soft hover:bg-slate-100"
                  onClick={close}
                >
                  Close
                </button>
              </>
            )
          }
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
