/**
 * The CSV preview step of the Import dialog: what the file holds and what is
 * wrong with it, the column mapping and the customer groups, all re-previewed
 * (off the main thread) as the user changes them. Nothing changes on screen
 * until "Import N roles"; that opens the previewed chart as a new chart.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Chart } from '../../domain/chart';
import type { ColumnField, ColumnMapping } from '../../files/csv/column-mapping';
import { rulesFromDrafts, type RuleDraft } from '../../files/csv/customer-rule-drafts';
import { hasErrors } from '../../files/file-problem';
import type { ImportResponse } from '../../files/import/import-request';
import { runImport } from '../../files/import/import-worker-browser';
import { CustomerRulesEditor } from './import-customers';
import { DialogButton, Modal } from '../primitives/modal';
import { MappingEditor, ProblemReport } from './import-preview';
import { GuessNotice, RepairList, withRepair } from './import-repairs';
import { UpdatePreview } from './import-update';
import type { RepairChoices } from '../../files/csv/csv-repairs';

export type CsvResponse = Extract<ImportResponse, { kind: 'csv' }>;

/** A file being imported, and what the dialog starts it with. */
export interface ImportSourceFile {
  fileName: string;
  bytes: Uint8Array;
  /** The new chart's name, as first offered. */
  chartName: string;
  /** Customer groups offered at first (an example's suggestions). */
  drafts: RuleDraft[];
}

function optionsOf(
  overrides: Partial<ColumnMapping>,
  drafts: readonly RuleDraft[],
  repairs: RepairChoices = {},
  sheet?: string,
) {
  const options = { mapping: overrides, customerRules: rulesFromDrafts(drafts).rules, repairs };
  return sheet === undefined ? options : { ...options, sheet };
}

export function CsvPreviewStep({
  source,
  first,
  onBack,
  onClose,
  onOpen,
  replacesOpenChart,
}: {
  source: ImportSourceFile;
  /** The preview made with the source's first choices. */
  first: CsvResponse;
  onBack: () => void;
  onClose: () => void;
  onOpen: (chart: Chart) => Promise<void>;
  replacesOpenChart: boolean;
}) {
  const [overrides, setOverrides] = useState<Partial<ColumnMapping>>({});
  const [drafts, setDrafts] = useState<RuleDraft[]>(source.drafts);
  const [repairs, setRepairs] = useState<RepairChoices>({});
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [name, setName] = useState(source.chartName);
  const [shown, setShown] = useState(() => ({
    response: first,
    key: JSON.stringify(optionsOf({}, source.drafts)),
  }));
  const [failure, setFailure] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const [updating, setUpdating] = useState(false);
  const nextKey = useRef(source.drafts.length + 1);

  const options = useMemo(
    () => optionsOf(overrides, drafts, repairs, sheet),
    [overrides, drafts, repairs, sheet],
  );
  const optionsKey = JSON.stringify(options);
  const stale = optionsKey !== shown.key;

  // Preview again whenever the choices change; a short pause lets typing settle first.
  useEffect(() => {
    if (optionsKey === shown.key) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      runImport(
        { fileName: source.fileName, bytes: source.bytes, options },
        controller.signal,
      ).then(
        (response) => {
          if (response.kind !== 'csv') {
            setFailure(
              response.kind === 'refused'
                ? response.message
                : 'This file is no longer read as a CSV.',
            );
            return;
          }
          setFailure(null);
          setShown({ response, key: optionsKey });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setFailure(error instanceof Error ? error.message : String(error));
        },
      );
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [optionsKey, options, shown.key, source]);

  const { preview, teams, ruleMatches } = shown.response;
  const { ruleIndex } = rulesFromDrafts(drafts);
  const matches = stale
    ? []
    : ruleIndex.map((index) => (index === null ? null : (ruleMatches[index] ?? null)));
  const mapping: ColumnMapping = { ...preview.mapping, ...overrides };
  const blocked = hasErrors(preview.problems) || preview.chart === null;
  const roleCount = preview.chart?.roles.length ?? preview.rowCount;
  const { repaired, skipped } = preview.counts;

  const changeColumn = (field: ColumnField, column: number | null) =>
    setOverrides((current) => ({ ...current, [field]: column }));

  const importChart = async () => {
    if (!preview.chart || stale || blocked) return;
    setOpening(true);
    try {
      await onOpen({ ...preview.chart, name: name.trim() || 'Imported chart' });
    } finally {
      setOpening(false);
    }
  };

  const label = stale
    ? 'Updating preview…'
    : blocked
      ? 'Import blocked'
      : `Import ${roleCount.toLocaleString('en')} ${roleCount === 1 ? 'role' : 'roles'}`;
  const repairSummary =
    repaired + skipped > 0
      ? `${roleCount.toLocaleString('en')} roles will be imported: ${repaired.toLocaleString('en')} repaired, ${skipped.toLocaleString('en')} ${skipped === 1 ? 'row' : 'rows'} skipped. Nothing else is left out.`
      : null;

  return (
    <Modal
      title="Import a chart"
      width="max-w-5xl"
      onClose={onClose}
      subtitle={
        <>
          <span className="font-medium text-ink-soft">{source.fileName}</span> ·{' '}
          <span data-testid="import-row-count">
            {preview.rowCount.toLocaleString('en')} {preview.rowCount === 1 ? 'row' : 'rows'}
          </span>{' '}
          · {preview.headers.length} columns
        </>
      }
      footer={
        <>
          <DialogButton onClick={onBack}>Choose another file</DialogButton>
          <span className="flex-1" />
          <DialogButton onClick={onClose}>Cancel</DialogButton>
          <DialogButton
            disabled={stale || blocked || opening || updating}
            onClick={() => setUpdating(true)}
          >
            Update the open chart…
          </DialogButton>
          <DialogButton
            primary
            disabled={stale || blocked || opening}
            onClick={() => void importChart()}
          >
            {label}
          </DialogButton>
        </>
      }
    >
      {updating && preview.chart ? (
        <UpdatePreview
          incoming={preview.chart}
          onBack={() => setUpdating(false)}
          onDone={onClose}
        />
      ) : (
        <div className="flex flex-col gap-5" aria-busy={stale}>
          <label className="flex flex-col gap-1 text-xs font-semibold tracking-wide text-ink-soft uppercase">
            Chart name
            <input
              value={name}
              data-autofocus
              onChange={(event) => setName(event.currentTarget.value)}
              className="h-9 rounded-lg border border-slate-300 bg-white px-3 text-sm font-normal tracking-normal text-ink normal-case focus-visible:outline-2 focus-visible:outline-brand"
            />
          </label>
          {replacesOpenChart && (
            <p className="rounded-lg border border-amber-200 bg-warn-soft px-3 py-2 text-sm text-warn">
              This browser is not keeping charts, so importing replaces the chart on screen. Export
              it first to keep a copy.
            </p>
          )}
          {failure && (
            <p
              role="alert"
              className="rounded-lg border border-flag-line/50 bg-flag-soft px-3 py-2 text-sm text-flag"
            >
              {failure}
            </p>
          )}
          {shown.response.sheets && shown.response.sheets.names.length > 1 && (
            <label className="flex items-center gap-2 text-sm text-ink-soft">
              Sheet
              <select
                value={sheet ?? shown.response.sheets.chosen}
                onChange={(event) => {
                  const next = event.currentTarget.value;
                  // Another sheet has other columns: the mapping starts afresh.
                  setOverrides({});
                  setSheet(next);
                }}
                className="h-8 rounded-lg border border-slate-300 bg-white px-2 text-sm text-ink"
              >
                {shown.response.sheets.names.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <GuessNotice guesses={preview.guesses} />
          <RepairList
            offers={preview.repairs}
            chosen={repairs}
            suggestion={preview.managerSuggestion}
            headers={preview.headers}
            onChoose={(key, value) => setRepairs((current) => withRepair(current, key, value))}
            onUseColumn={(column) => changeColumn('manager', column)}
          />
          {repairSummary && (
            <p data-testid="import-counts" className="text-sm text-ink-soft">
              {repairSummary}
            </p>
          )}
          {preview.problems.length > 0 ? (
            <ProblemReport problems={preview.problems} />
          ) : (
            <p className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
              No problems found: {roleCount.toLocaleString('en')} roles, every manager found, no
              cycles.
            </p>
          )}
          <div className="grid grid-cols-1 gap-x-8 gap-y-6 md:grid-cols-2">
            <MappingEditor headers={preview.headers} mapping={mapping} onChange={changeColumn} />
            <CustomerRulesEditor
              drafts={drafts}
              onChange={setDrafts}
              teams={teams}
              matches={matches}
              newKey={() => nextKey.current++}
            />
          </div>
        </div>
      )}
    </Modal>
  );
}
