/**
 * The address to link to for a related link's `url`, or null when it is not
 * a web address (only `http:` and `https:` are linked; `www.` gains `https://`).
 *
 * @param url The url as found in the text.
 * @returns A safe absolute address, or null.
 */
export function linkTarget(url: string | null): string | null {
  if (url === null) return null
  const absolute = /^www\./i.test(url) ? `https://${url}` : url
  return /^https?:\/\/\S+$/i.test(absolute) ? absolute : null
}
