/**
 * "Links: All / Selected / None": which links the canvas draws. A radio group
 * (React Aria: arrow keys move the choice), kept in the store as view state.
 */
import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useEditor, useEditorStore } from '../../editor/use-editor';
import { LINKS_SHOWN, LINKS_SHOWN_WORDS, type LinksShown } from '../../theme/link-kinds';

const isLinksShown = (value: string): value is LinksShown =>
  (LINKS_SHOWN as readonly string[]).includes(value);

function LinksControlView() {
  const store = useEditorStore();
  const shown = useEditor((state) => state.linksShown);
  return (
    <Panel position="bottom-center">
      <RadioGroup
        value={shown}
        orientation="horizontal"
        onChange={(value) => {
          if (isLinksShown(value)) store.getState().setLinksShown(value);
        }}
        className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white py-1 pr-1 pl-3 text-xs shadow-sm"
      >
        <Label className="font-medium text-ink-soft">Links</Label>
        <div className="flex rounded-md bg-slate-100 p-0.5">
          {LINKS_SHOWN.map((value) => (
            <Radio
              key={value}
              value={value}
              className={({ isSelected, isFocusVisible }) =>
                [
                  'cursor-pointer rounded px-2.5 py-1 font-medium transition',
                  isSelected ? 'bg-white text-ink shadow-xs' : 'text-ink-soft hover:text-ink',
                  isFocusVisible ? 'outline-2 outline-offset-1 outline-brand' : '',
                ].join(' ')
              }
            >
              {LINKS_SHOWN_WORDS[value]}
            </Radio>
          ))}
        </div>
      </RadioGroup>
    </Panel>
  );
}

export const LinksControl = memo(LinksControlView);
