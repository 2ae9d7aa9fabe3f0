/** How a message is handed over: the mail server, an .eml file, a PDF, or by the user (manual). */
export type Via = 'smtp' | 'eml' | 'pdf' | 'manual';

/** Asks the browser to save the file at `href` (a same-origin API route), as a click would. */
export function downloadFile(href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = '';
  document.body.append(a);
  a.click();
  a.remove();
}
