// A page for the few answers given before the app renders (a malformed address, a database
// that is down): plain HTML with no scripts, readable without the app's styles. Its one style
// block carries the request's CSP nonce (an inline style attribute would be refused).
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export function errorPage(options: { status: number; title: string; message: string; nonce: string; headers?: HeadersInit }): Response {
  const title = escapeHtml(options.title);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Hindsight</title>
<style nonce="${escapeHtml(options.nonce)}">body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #1c1917 }</style></head>
<body>
<h1>${title}</h1><p>${escapeHtml(options.message)}</p><p><a href="/">Go to the home page</a></p>
</body></html>`;
  const headers = new Headers(options.headers);
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Cache-Control", "no-store");
  return new Response(html, { status: options.status, headers });
}
