// The app's public address, as HINDSIGHT_URL gives it (else localhost on PORT): what cookies
// and security headers are set for. One reading, so that they never disagree about HTTPS.
export function appUrl(): string {
  return process.env.HINDSIGHT_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

/** Served over HTTPS: cookies are Secure and answers carry HSTS. */
export function appUsesHttps(): boolean {
  return appUrl().startsWith("https://");
}
