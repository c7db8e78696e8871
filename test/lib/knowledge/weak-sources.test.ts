/**
 * A lawyer reads the source beside every fact of a core entry, so no fact may rest on a spam
 * mirror, a content farm or an automated news re-writer alone: every fact an entry fills has at
 * least one supporting source on another host (and every alias, Chinese short name, date and
 * relation is stated by such a source).
 */
import { describe, expect, it } from 'vitest';
import { CORE_AUTHORITIES, CORE_AUTHORITY_VARIANTS, CORE_CASE_ENTRIES, CORE_INSTRUMENTS } from '../../../lib/knowledge/core';
import type { CoreField, CoreInstrument, CoreSource } from '../../../lib/knowledge/core/types';
import { quoteSays } from './quote-match';

/** Hosts that reprint or machine-rewrite news (one carried a made-up Xinhua story); matched with or without www. or m. */
export const WEAK_SOURCE_DOMAINS = [
  'wuwenjie.xyz',
  'namasteheadlines.com',
  'justghostit.com',
  '88512.net',
  'mdjjksjc.com',
  'kanunu1.com',
  'yw66688.cn',
  'btpafb.com',
  'www-555510.com',
  'blg686.com',
  'qjsabbmu.com',
  'senqingzn.com',
  'anuragverma.co',
  'evrimagaci.org',
  'pledgetimes.com',
  'tellerreport.com',
  // spam mirrors, content farms, random-looking hosts and bare-IP mirrors
  'oraclecloud1.145673.xyz',
  '3j3hc.gordon-maytravelgetaways.com',
  '7h1d.thehomecosmos.com',
  '45156736.telegramur.com',
  'o4v5y2.rohou.cn',
  'z7x5u8.firk.cn',
  'rd.n0ysbm.cn',
  'oiiu8as.4thedogz.com',
  'wineast.net',
  'fuzhenled.com',
  'sdzjhg.com',
  'jkpfcyx.cn',
  'ohmylovin.com',
  '2008online.cn',
  'etanggu.com',
  'lnmlw.com',
  'wodeyuanxiao.com',
  'woyaojiankangwang.com',
  'womendesports.com',
  'designerica.com',
  'melissamoats.com',
  'acelltherapeutics.com',
  'priory-electrical.uk',
  '942fx.com',
  '106.15.139.130',
  '115.182.198.43',
  'qetdjjlz.cn',
  'zjthegrand.com',
  'dtrtvu.com',
  'adibba.com',
  'mmmro.com',
  'bobomg.com',
  '17kangjie.cn',
  // spam, porn and gambling hosts, proxies and random-looking domains
  '2.zoppoz.workers.dev',
  'i63736574o67656f726765746f776eo656475z.oszar.com',
  'f2dsex4.com',
  'av069.com',
  'www897cc.com',
  'www288cd.com',
  '6065bob.com',
  'lakalal8.com',
  '4000288787.com',
  '334404.com',
  '61405.com',
  '515008.com',
  'ibmwl.com',
  // bare-IP mirrors (matched whatever the port)
  '183.242.73.109',
  '223.94.76.10',
  '139.155.240.214',
  '119.23.250.19',
  '115.28.173.233',
  '111.203.215.41',
  '103.85.168.90',
  '103.52.134.50',
  '1.62.100.15',
  '8.130.178.224',
  '47.96.164.84',
  '47.95.242.172',
  // random-looking, gambling and spam hosts, proxies, hosting front-ends and snapshot mirrors
  'fbt5758.com',
  'jiangyangongzhuang.com',
  'yuyakemao.com',
  'liguriadom.com',
  'd8x3ou.cn',
  'djtrjvjv.cn',
  'nrqej.cn',
  'nxufmk.cn',
  'hgnuzk.com',
  'emrijsm.cn',
  'zyermm.com',
  'cuploeru.com',
  'kmstixx.com',
  'ttfacai.com',
  'lipingou666.com',
  'jsjr666.com',
  'yize66.com',
  'lyw666.top',
  'xawkw.top',
  'newshub247.xyz',
  'tsdianying02.cn',
  'en.npc.gov.cn.cdurl.cn',
  'xn--3kq7mk4gt7p7ra62prs8fclk.com',
  'xn--sinopec-g25pe62u.com',
  'kfd.me',
  'dweb.link',
  'websnapshot.pages.dev',
  'subslytumbval.web.app',
  'elb.amazonaws.com',
  'trafficmanager.net',
  // random-looking, numeric, gambling and content-farm hosts, a spoofed subdomain and a staging mirror
  '0514f.cn',
  '0797cx.cn',
  '0797cx.com',
  '0798ci.com',
  '125jz.com',
  '35331.cn',
  'dy1711.com',
  'gd0021.com',
  'jz321.net',
  'kt180.com',
  'aigou888.cn',
  'dog0769.com',
  'news.ai7788.cn',
  'nanj419w.com',
  'sunfei110.com',
  'top-news.top',
  '951400.com',
  'mjy618.com',
  'wanwu3000.com',
  'jfxmm.com.shayuweb.com',
  'bakermckenzie-globalcompliancenews-wordpress.onistaged.com',
  '11bz.com',
  '2510.net',
  '31ppt.com',
  '4ll.net',
  '51qubj.com',
  '5wst.com',
  '66zhonglv.com',
  '91coo.com',
  'docx.baby',
  'fb.box',
  'github5.com',
  'hotlink.work',
  // unrelated shops and product sites quoting law, and a spoofed CCTV host
  'electricalballast.com',
  'glovepuppetry.com',
  'hbhairshop.com',
  'flatlinelighting.com',
  'shaolingongfu.com',
  'cctv-company.video',
  'i-drinker.com',
  'freefallon.com',
  'imasd-velecdom.com',
  'katepardey.com',
  'una-daniel.com',
  'nikki-club.com',
  'bwmagnets.com',
  'los70adestajo.com',
  'meilagrina.com',
  'howtokillviolence.com',
  'precisegraphic.com',
  // shop and product sites quoting law, a spoofed CCTV host, unrelated sites with random-looking paths and spam mirrors
  'cctv-cmpany.net',
  'osencmagnet.com',
  'lamsuselectrical.com',
  'ghillelectricals.com',
  'ganikaelectricals.com',
  'saftronelectronics.com',
  'luxytoys.com',
  'tonysoutlet.com',
  'wwstationery.com',
  'mwzcups.com',
  'keepucleaner.com',
  'tititoiture.com',
  'hongfangpack.cn',
  'bolunclothing.cn',
  'berylliumcopper.cn',
  'gegomotor.com',
  'motiplanet.com',
  'slackerblud.com',
  '3pi.e-mizu-ibaraki.com',
  'ladysilvia.com',
  'icandodinner.com',
  'seridoat.com',
  'robinawilliams.com',
  'rebeccaspitcher.com',
  'dylanlauren.net',
  'caincochuquisaca.net',
  'formacion-profesional-a-distancia.com',
  'kisskh.at',
  'bubsandbeans.com',
  'jr-t.site',
  'zzhuanghui.com',
  'handmsg.com',
  // content farms and mirrors with random paths, gambling or porn headers, found in a host listing
  '4idols.com',
  'caixacat.com',
  'easeories.com',
  'gqvideo.com',
  'knotrope.com',
  'ropecount.com',
  'midnightarchive.com',
  'shenbo75.com',
  'philwoman.net',
  'hamsterphil.net',
  'saramu.com',
  'zaneluse.com',
  'ysznh.com',
  'yahdsy.com',
  // gambling-spam and porn-header mirrors of Xinhua and other papers with random paths, and random-path sites
  'stacaes.com',
  'fdtsgs.com',
  '8w.lol',
  'plnmw.com',
  'gnagarna.com',
  'xqexn.cn',
  'nisiyiwa.com',
  'doudong99.com',
  'jinmi8.com',
  'mayaimage.com',
  'mods13.com',
  'sidb71.com',
  'video-finder.com',
  'weilinceramic.com',
  'withoutpain.net',
  'wodefinance.com',
  'lunavoce.com',
  'rzpgrj.com',
  'whaleyear.com',
  'lomlog.com',
  '51uos.com',
];

function isWeak(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase().replace(/^(www\.|m\.)/, '');
  return WEAK_SOURCE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

type AnySource = Pick<CoreSource, 'url' | 'quote'> & { supports: readonly string[] };

function strongFor(sources: readonly AnySource[], field: string): AnySource[] {
  return sources.filter((source) => source.supports.includes(field) && !isWeak(source.url));
}

const LIST_FIELDS = ['aliases', 'abbreviations', 'zhShortNames'] as const;
const DATE_FIELDS = ['adopted', 'promulgated', 'effective', 'repealed'] as const;

function gaps(instrument: CoreInstrument): string[] {
  const missing: string[] = [];
  const filled: CoreField[] = ['name', 'nameZh', 'kind', 'status', 'summary'];
  for (const field of [...LIST_FIELDS, ...DATE_FIELDS, 'issuers', 'code', 'amended'] as const) {
    const value = instrument[field];
    if (value !== undefined && (!Array.isArray(value) || value.length > 0)) filled.push(field);
  }
  for (const field of filled) if (strongFor(instrument.sources, field).length === 0) missing.push(field);
  for (const field of LIST_FIELDS)
    for (const value of instrument[field] ?? [])
      if (!strongFor(instrument.sources, field).some((source) => quoteSays(source.quote, value))) missing.push(`${field} “${value}”`);
  const dates: Array<[CoreField, string]> = [
    ...DATE_FIELDS.flatMap((field) => (instrument[field] ? [[field, instrument[field]!] as [CoreField, string]] : [])),
    ...(instrument.amended ?? []).map((date): [CoreField, string] => ['amended', date]),
  ];
  for (const [field, date] of dates)
    if (!strongFor(instrument.sources, field).some((source) => source.quote.includes(date.slice(0, 4)))) missing.push(`${field} ${date}`);
  for (const relation of instrument.relations ?? []) {
    const source = instrument.sources[relation.source];
    if (!source || isWeak(source.url)) missing.push(`relation ${relation.type} ${relation.target}`);
  }
  return missing;
}

describe('core layer sources', () => {
  it('backs every fact of every instrument with a source that is not a spam mirror or news re-writer', () => {
    const weak = CORE_INSTRUMENTS.flatMap((instrument) => gaps(instrument).map((gap) => `${instrument.id}: ${gap}`));
    expect(weak).toEqual([]);
  });

  it('backs every name of an authority or case with such a source too', () => {
    const weak: string[] = [];
    for (const authority of CORE_AUTHORITIES)
    {
      for (const field of ['name', 'nameZh'] as const) if (strongFor(authority.sources, field).length === 0) weak.push(`${authority.slug}: ${field}`);
      for (const field of ['aliases', 'abbreviations'] as const)
        for (const value of authority[field] ?? [])
          if (!strongFor(authority.sources, field).some((source) => quoteSays(source.quote, value))) weak.push(`${authority.slug}: ${field} “${value}”`);
    }
    for (const variant of CORE_AUTHORITY_VARIANTS)
      for (const field of ['aliases', 'zhShortNames'] as const)
        for (const value of variant[field] ?? [])
          if (!strongFor(variant.sources, field).some((source) => quoteSays(source.quote, value))) weak.push(`${variant.slug}: ${field} “${value}”`);
    for (const entry of CORE_CASE_ENTRIES)
      for (const field of ['name', 'caseNumber', 'court', 'date', 'summary'] as const)
        if (entry[field] !== undefined && strongFor(entry.sources, field).length === 0) weak.push(`${entry.id}: ${field}`);
    expect(weak).toEqual([]);
  });
});
