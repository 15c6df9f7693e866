/**
 * A source without its article text: what the audit trail records and the API returns (the
 * text can be a megabyte; its hash already identifies it).
 */
export function sourceMetadata<S extends { text: string | null }>(source: S): Omit<S, "text"> {
  const { text: _text, ...metadata } = source;
  return metadata;
}
