/**
 * Whether a curated source's page is the state's own: a host under gov.cn (the State Council,
 * ministries, the NPC's law database, courts, procuratorates, local governments). Such a page
 * is where a lawyer checks the text itself, so it is listed first and marked.
 */
export function isOfficialPage(url: string | undefined): boolean {
  if (!url) return false;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return isOfficialHost(host);
}

/** The same for a host already read from the address (a citation shows it anyway). */
export function isOfficialHost(host: string): boolean {
  const lower = host.toLowerCase();
  return lower === 'gov.cn' || lower.endsWith('.gov.cn');
}
