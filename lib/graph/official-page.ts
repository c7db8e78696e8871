/**
 * Whether a curated source's page is the state's own: a host under gov.cn (the State Council,
 * ministries, the NPC's law database, courts, procuratorates, local governments). Such a page
 * is where a lawyer checks the text itself, so it is listed first and marked.
 */
export function isOfficialPage(url: string | undefined): boolean {
  if (!url) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'gov.cn' || host.endsWith('.gov.cn');
}
