/**
 * Browser only: saves a file the way a download link does (an `<a download>`
 * clicked for the user), so the browser's own download handling and its
 * "Save as" apply.
 */

/** Saves `content` as `fileName`. Text is saved as UTF-8. */
export function saveFile(content: string | Uint8Array, fileName: string, mime: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cut a download short in some browsers; a minute is ample.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
