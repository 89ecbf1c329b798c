/**
 * Names around files: what an export is saved as (the chart name's slug and
 * the format's extension), what an imported chart is called, file sizes as a
 * person reads them. Pure, so the rules are tested once and shared.
 */

/** The formats Export offers, in menu order. */
export type ExportFormat = 'json' | 'csv' | 'svg' | 'png' | 'pdf';

/** The file-name ending of each export format. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  json: '.upturn.json',
  csv: '.csv',
  svg: '.svg',
  png: '.png',
  pdf: '.pdf',
};

/**
 * A chart name as a file-name slug: "Northwind Retail" → "northwind-retail".
 * Accents are folded, anything else that is not a letter or digit becomes a
 * dash, and the slug never exceeds 60 characters; "chart" when nothing is left
 * (a name all in markup or in a script without Latin letters).
 */
export function slugify(name: string, fallback = 'chart'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** The file an export is saved as: "northwind-retail.upturn.json", "northwind-retail.pdf". */
export function exportFileName(chartName: string, format: ExportFormat): string {
  return `${slugify(chartName)}${EXPORT_EXTENSIONS[format]}`;
}

const IMPORT_EXTENSIONS = /\.(upturn\.json|json|csv|tsv|txt|svg|png)$/i;

/**
 * A chart name from an imported file's name: "bamboohr-export.csv" →
 * "Bamboohr export"; "Q3_org chart.CSV" → "Q3 org chart". "Imported chart"
 * when nothing is left.
 */
export function chartNameFromFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(IMPORT_EXTENSIONS, '');
  const words = base.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!words) return 'Imported chart';
  return words[0]!.toLocaleUpperCase() + words.slice(1);
}

/**
 * A chart name from an example's label: the company in its parentheses
 * ("BambooHR export (Harbor & Pine Outfitters, 60 people)" → "Harbor & Pine
 * Outfitters"), else the label itself.
 */
export function chartNameFromExample(label: string): string {
  const inside = /\(([^,)]+)/.exec(label)?.[1]?.trim();
  return inside || label.trim() || 'Imported chart';
}

/** `base`, or "base 2", "base 3"… when the name is taken. */
export function uniqueChartName(base: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base} ${n}`)) n += 1;
  return `${base} ${n}`;
}

/** A byte count as a person reads it: "812 bytes", "9.3 KB", "20.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 100 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
