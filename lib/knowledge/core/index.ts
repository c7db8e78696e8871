/**
 * The curated core layer, as the graph build merges it (lib/parse/merge-core-layer.ts): the
 * instruments every China TMT page cites, the issuing bodies the gazetteer lacks, other names of
 * authorities, cases pages cite by number, and Chinese titles of the newsletters' documents. Each
 * file holds one kind of knowledge; every fact carries its source.
 */
import { DOCUMENT_TITLES_ZH } from './titles-zh';
import { AUTHORITY_VARIANTS } from './authority-variants';
import { CORE_AI_GOVERNANCE_RULES } from './ai-governance-rules';
import { AUTHORITY_VARIANTS_AI_CONTENT_2, CORE_AI_CONTENT_RULES_2, CORE_AUTHORITIES_AI_CONTENT_2, CORE_CASES_AI_CONTENT_2 } from './ai-content-rules-2';
import { CORE_APP_RULES } from './app-rules';
import { CORE_AUTHORITIES_3 } from './authorities-3';
import { CORE_CATALOGUES_LISTS_4 } from './catalogues-lists-4';
import { CORE_CAMPAIGNS_YEARLY_4 } from './campaigns-yearly-4';
import { CORE_CASES } from './cases';
import { CORE_AUTHORITIES_CONTENT, CORE_CONTENT_RULES } from './content-rules';
import { CORE_AUTHORITIES_DATA_CYBER_2, CORE_DATA_CYBER_RULES_2 } from './data-cyber-rules-2';
import { CORE_DATA_POLICY_RULES } from './data-policy-rules';
import { CORE_DECISIONS_CRIMINAL_RULES } from './decisions-criminal-rules';
import { AUTHORITY_VARIANTS_FINANCE_LISTING_3, CORE_FINANCE_LISTING_RULES_3 } from './finance-listing-rules-3';
import { CORE_FINANCE_TRADE_RULES } from './finance-trade-rules';
import { CORE_FREQUENT_RULES } from './frequent-rules';
import { CORE_GUIDES_MEDIA_RULES } from './guides-media-rules';
import { CORE_INDUSTRY_DATA_RULES_3, TITLES_ZH_INDUSTRY_DATA_3 } from './industry-data-rules-3';
import { CORE_IP_PLATFORM_RULES } from './ip-platform-rules';
import { CORE_JUDICIAL_RULES_2 } from './judicial-rules-2';
import { CORE_JUDICIAL_RULES_5 } from './judicial-rules-5';
import { CORE_LAWS } from './laws';
import { CORE_AUTHORITIES_MEDIA_GAMES_4, CORE_MEDIA_GAMES_4 } from './media-games-4';
import { CORE_LOCAL_POLICY_RULES_2 } from './local-policy-rules-2';
import { CORE_NEW_RULES_2025_5 } from './new-rules-2025-5';
import { AUTHORITY_VARIANTS_CENTRAL_POLICY_6, CORE_CENTRAL_POLICY_6 } from './central-policy-6';
import { CORE_IP_CONSUMER_6 } from './ip-consumer-6';
import { CORE_FINANCE_7 } from './finance-7';
import { CORE_CROSSBORDER_7 } from './crossborder-7';
import { CORE_AITECH_7, OTHER_NAMES_AITECH_7 } from './aitech-7';
import { CORE_CYBEROPS_7 } from './cyberops-7';
import { AUTHORITY_VARIANTS_COMPETITION_7, CORE_COMPETITION_7, OTHER_NAMES_COMPETITION_7 } from './competition-7';
import { CORE_AUTHORITIES_LOCAL_4, CORE_LOCAL_RULES_4 } from './local-rules-4';
import { AUTHORITY_VARIANTS_PLANS_FTZ_3, CORE_AUTHORITIES_PLANS_FTZ_3, CORE_PLANS_FTZ_RULES_3 } from './plans-ftz-rules-3';
import { CORE_AUTHORITIES_RULES, CORE_RULES } from './rules';
import { CORE_AUTHORITIES_SECURITY_REVIEW, CORE_SECURITY_REVIEW_RULES } from './security-review-rules';
import { CORE_AUTHORITIES_STANDARDS, CORE_STANDARDS } from './standards';
import { AUTHORITY_VARIANTS_SECTOR_5, CORE_SECTOR_DATA_RULES_5 } from './sector-data-rules-5';
import { AUTHORITY_VARIANTS_SECURITY_TRADE_3, CORE_AUTHORITIES_SECURITY_TRADE_3, CORE_SECURITY_TRADE_RULES_3 } from './security-trade-rules-3';
import { CORE_STANDARDS_3 } from './standards-3';
import { AUTHORITY_VARIANTS_TELECOM_PLATFORM_2, CORE_TELECOM_PLATFORM_RULES_2 } from './telecom-platform-rules-2';
import { CORE_TELECOM_INFRA_6 } from './telecom-infra-6';
import { CORE_TELECOM_TRADE_RULES } from './telecom-trade-rules';
import { CORE_TRADE_ANNOUNCEMENTS_4 } from './trade-announcements-4';
import { AUTHORITY_VARIANTS_ZH_RENDERINGS_3, CORE_ZH_RENDERINGS_3 } from './zh-renderings-3';
import { AUTHORITY_VARIANTS_FORMS_24 } from './forms-24';
import { AUTHORITY_VARIANTS_ZH_FORMS_5, OTHER_NAMES_ZH_FORMS_5, withOtherNames } from './zh-forms-5';
import { CORE_ZHNEWS_7 } from './zhnews-7';
import { CORE_TUNING_GAPS_8 } from './tuning-gaps-8';
import { CORE_TUNING_GAPS_12 } from './tuning-gaps-12';
import { CORE_TUNING_GAPS_13 } from './tuning-gaps-13';
import { CORE_LOCAL_8 } from './local-8';
import { CORE_PLANS_REPORTS_8 } from './plans-reports-8';
import { CORE_LEGACY_8 } from './legacy-8';
import { OTHER_NAMES_RENDERINGS_8 } from './renderings-8';
import { CORE_RENDERINGS_10, OTHER_NAMES_RENDERINGS_10 } from './renderings-10';
import { CORE_RELEASES_8 } from './releases-8';
import { CORE_EXPORT_CONTROL_9, OTHER_NAMES_EXPORT_CONTROL_9 } from './export-control-9';
import { CORE_TRADE_ANNOUNCEMENTS_10 } from './trade-announcements-10';
import { CORE_TRADE_ANNOUNCEMENTS_11 } from './trade-announcements-11';
import { CORE_STANDARDS_9, OTHER_NAMES_STANDARDS_9 } from './standards-9';
import { CORE_AUTHORITIES_MEDIA_9, CORE_MEDIA_9 } from './media-9';
import { AUTHORITY_VARIANTS_AUTHORITIES_9, CORE_AUTHORITIES_AUTHORITIES_9 } from './authorities-9';
import { CORE_RECENT_10 } from './recent-10';
import { CORE_CENTRAL_10, OTHER_NAMES_CENTRAL_10 } from './central-10';
import { CORE_JUDICIAL_10, OTHER_NAMES_JUDICIAL_10 } from './judicial-10';
import { CORE_LOCAL_10 } from './local-10';
import { CORE_DRAFTS_10 } from './drafts-10';
import { CORE_SECTOR_13 } from './sector-13';
import { CORE_PLANS_15 } from './plans-15';
import { CORE_FILINGS_15 } from './filings-15';
import { CORE_CASES_15 } from './cases-15';
import { CORE_STANDARDS_15, OTHER_NAMES_STANDARDS_15 } from './standards-15';
import { CORE_RENDERINGS_16, OTHER_NAMES_RENDERINGS_16 } from './renderings-16';
import { OTHER_NAMES_ZHSHORT_16 } from './zhshort-16';
import { CORE_SECTORRULES_17, OTHER_NAMES_SECTORRULES_17 } from './sectorrules-17';
import { CORE_LOCAL_16 } from './local-16';
import { CORE_LAWS_16 } from './laws-16';
import { CORE_MINISTRIES_17 } from './ministries-17';
import { CORE_EXPORTCTL_17 } from './exportctl-17';
import { CORE_RECENT_18 } from './recent-18';
import { CORE_NAMED_18, OTHER_NAMES_NAMED_18 } from './named-18';
import { CORE_CASES_19 } from './cases-19';
import { CORE_LOCAL_19 } from './local-19';
import { CORE_SECTORS_19, OTHER_NAMES_SECTORS_19 } from './sectors-19';
import { AUTHORITY_VARIANTS_FREED_19, CORE_CASES_FREED_19, CORE_FREED_19 } from './freed-19';
import { CORE_FREED_20, OTHER_NAMES_FREED_20 } from './freed-20';
import { AUTHORITY_VARIANTS_OFFICES_19, CORE_AUTHORITIES_OFFICES_19 } from './offices-19';
import { CORE_AUTHORITIES_20 } from './authorities-20';
import { AUTHORITY_VARIANTS_21, CORE_AUTHORITIES_21 } from './authorities-21';
import { CORE_TUNING_20 } from './tuning-20';
import { CORE_RECENT_20, OTHER_NAMES_RECENT_20 } from './recent-20';
import { CORE_RECENT_22, OTHER_NAMES_RECENT_22 } from './recent-22';
import { CORE_AUTHORITIES_TUNING_22, CORE_TUNING_22 } from './tuning-22';
import { CORE_AUTHORITIES_RESERVED_24, CORE_RESERVED_24 } from './reserved-24';
import { CORE_REGS_22 } from './regs-22';
import { CORE_LAWS_22 } from './laws-22';
import { CORE_RENDERINGS_22, OTHER_NAMES_RENDERINGS_22 } from './renderings-22';
import { CORE_JUDICIAL_22, OTHER_NAMES_JUDICIAL_22 } from './judicial-22';
import { CORE_LOCAL_22, OTHER_NAMES_LOCAL_22 } from './local-22';
import { CORE_LOCAL_24 } from './local-24';
import { CORE_LAWS_22B } from './laws-22b';
import { CORE_RULES_22 } from './rules-22';
import { CORE_CASES_24 } from './cases-24';
import { CORE_LAWS_24 } from './laws-24';
import { CORE_LAWS_24B, OTHER_NAMES_LAWS_24B } from './laws-24b';
import { CORE_TUNING_24 } from './tuning-24';
import { CORE_STANDARDS_24 } from './standards-24';
import { CORE_JUDICIAL_24 } from './judicial-24';
import { CORE_CENTRAL_24 } from './central-24';
import { CORE_LOCAL_24B } from './local-24b';
import { CORE_MINISTRIES_24 } from './ministries-24';
import { CORE_RENDERINGS_24, OTHER_NAMES_RENDERINGS_24 } from './renderings-24';
import { CORE_CAMPAIGNS_24 } from './campaigns-24';
import { AUTHORITY_VARIANTS_RESERVED_25, CORE_AUTHORITIES_RESERVED_25, CORE_CASES_RESERVED_25, CORE_RESERVED_25 } from './reserved-25';
import { CORE_TUNING_25 } from './tuning-25';
import { CORE_AUTHORITIES_RESERVED_27, CORE_CASES_RESERVED_27, CORE_RESERVED_27 } from './reserved-27';
import { CORE_AUTHORITIES_RESERVED_29, CORE_RESERVED_29 } from './reserved-29';
import { CORE_SERIES_25 } from './series-25';
import { CORE_CITED_26 } from './cited-26';
import type { AuthorityVariant, CoreAuthority, CoreCase, CoreInstrument, DocumentTitleZh } from './types';

/** The entries as the files hold them; CORE_INSTRUMENTS adds the other names later files give them. */
const CORE_INSTRUMENT_FILES: readonly CoreInstrument[] = [
  ...CORE_LAWS,
  ...CORE_RULES,
  ...CORE_APP_RULES,
  ...CORE_STANDARDS,
  ...CORE_CONTENT_RULES,
  ...CORE_TELECOM_TRADE_RULES,
  ...CORE_FREQUENT_RULES,
  ...CORE_GUIDES_MEDIA_RULES,
  ...CORE_FINANCE_TRADE_RULES,
  ...CORE_AI_GOVERNANCE_RULES,
  ...CORE_DATA_POLICY_RULES,
  ...CORE_SECURITY_REVIEW_RULES,
  ...CORE_IP_PLATFORM_RULES,
  ...CORE_DECISIONS_CRIMINAL_RULES,
  ...CORE_TELECOM_PLATFORM_RULES_2,
  ...CORE_DATA_CYBER_RULES_2,
  ...CORE_AI_CONTENT_RULES_2,
  ...CORE_LOCAL_POLICY_RULES_2,
  ...CORE_JUDICIAL_RULES_2,
  ...CORE_PLANS_FTZ_RULES_3,
  ...CORE_FINANCE_LISTING_RULES_3,
  ...CORE_SECURITY_TRADE_RULES_3,
  ...CORE_STANDARDS_3,
  ...CORE_INDUSTRY_DATA_RULES_3,
  ...CORE_ZH_RENDERINGS_3,
  ...CORE_MEDIA_GAMES_4,
  ...CORE_LOCAL_RULES_4,
  ...CORE_CATALOGUES_LISTS_4,
  ...CORE_TRADE_ANNOUNCEMENTS_4,
  ...CORE_CAMPAIGNS_YEARLY_4,
  ...CORE_JUDICIAL_RULES_5,
  ...CORE_SECTOR_DATA_RULES_5,
  ...CORE_NEW_RULES_2025_5,
  ...CORE_TELECOM_INFRA_6,
  ...CORE_CENTRAL_POLICY_6,
  ...CORE_IP_CONSUMER_6,
  ...CORE_FINANCE_7,
  ...CORE_CROSSBORDER_7,
  ...CORE_AITECH_7,
  ...CORE_CYBEROPS_7,
  ...CORE_ZHNEWS_7,
  ...CORE_COMPETITION_7,
  ...CORE_TUNING_GAPS_8,
  ...CORE_LOCAL_8,
  ...CORE_PLANS_REPORTS_8,
  ...CORE_LEGACY_8,
  ...CORE_RELEASES_8,
  ...CORE_EXPORT_CONTROL_9,
  ...CORE_STANDARDS_9,
  ...CORE_MEDIA_9,
  ...CORE_TRADE_ANNOUNCEMENTS_10,
  ...CORE_RECENT_10,
  ...CORE_CENTRAL_10,
  ...CORE_JUDICIAL_10,
  ...CORE_RENDERINGS_10,
  ...CORE_LOCAL_10,
  ...CORE_TRADE_ANNOUNCEMENTS_11,
  ...CORE_DRAFTS_10,
  ...CORE_TUNING_GAPS_12,
  ...CORE_TUNING_GAPS_13,
  ...CORE_SECTOR_13,
  ...CORE_PLANS_15,
  ...CORE_FILINGS_15,
  ...CORE_CASES_15,
  ...CORE_STANDARDS_15,
  ...CORE_RENDERINGS_16,
  ...CORE_LOCAL_16,
  ...CORE_LAWS_16,
  ...CORE_MINISTRIES_17,
  ...CORE_EXPORTCTL_17,
  ...CORE_SECTORRULES_17,
  ...CORE_RECENT_18,
  ...CORE_NAMED_18,
  ...CORE_CASES_19,
  ...CORE_LOCAL_19,
  ...CORE_SECTORS_19,
  ...CORE_FREED_19,
  ...CORE_TUNING_20,
  ...CORE_FREED_20,
  ...CORE_RECENT_20,
  ...CORE_RECENT_22,
  ...CORE_TUNING_22,
  ...CORE_REGS_22,
  ...CORE_LAWS_22,
  ...CORE_RENDERINGS_22,
  ...CORE_JUDICIAL_22,
  ...CORE_LAWS_22B,
  ...CORE_RULES_22,
  ...CORE_LOCAL_22,
  ...CORE_CASES_24,
  ...CORE_RESERVED_24,
  ...CORE_LAWS_24,
  ...CORE_LOCAL_24,
  ...CORE_TUNING_24,
  ...CORE_STANDARDS_24,
  ...CORE_JUDICIAL_24,
  ...CORE_CENTRAL_24,
  ...CORE_LOCAL_24B,
  ...CORE_LAWS_24B,
  ...CORE_MINISTRIES_24,
  ...CORE_RENDERINGS_24,
  ...CORE_CAMPAIGNS_24,
  ...CORE_RESERVED_25,
  ...CORE_TUNING_25,
  ...CORE_SERIES_25,
  ...CORE_CITED_26,
  ...CORE_RESERVED_27,
  ...CORE_RESERVED_29,
];
export const CORE_AUTHORITIES: readonly CoreAuthority[] = [
  ...CORE_AUTHORITIES_RULES,
  ...CORE_AUTHORITIES_STANDARDS,
  ...CORE_AUTHORITIES_CONTENT,
  ...CORE_AUTHORITIES_SECURITY_REVIEW,
  ...CORE_AUTHORITIES_DATA_CYBER_2,
  ...CORE_AUTHORITIES_AI_CONTENT_2,
  ...CORE_AUTHORITIES_PLANS_FTZ_3,
  ...CORE_AUTHORITIES_SECURITY_TRADE_3,
  ...CORE_AUTHORITIES_3,
  ...CORE_AUTHORITIES_MEDIA_GAMES_4,
  ...CORE_AUTHORITIES_LOCAL_4,
  ...CORE_AUTHORITIES_MEDIA_9,
  ...CORE_AUTHORITIES_AUTHORITIES_9,
  ...CORE_AUTHORITIES_OFFICES_19,
  ...CORE_AUTHORITIES_20,
  ...CORE_AUTHORITIES_21,
  ...CORE_AUTHORITIES_TUNING_22,
  ...CORE_AUTHORITIES_RESERVED_24,
  ...CORE_AUTHORITIES_RESERVED_25,
  ...CORE_AUTHORITIES_RESERVED_27,
  ...CORE_AUTHORITIES_RESERVED_29,
];
export const CORE_AUTHORITY_VARIANTS: readonly AuthorityVariant[] = [
  ...AUTHORITY_VARIANTS,
  ...AUTHORITY_VARIANTS_TELECOM_PLATFORM_2,
  ...AUTHORITY_VARIANTS_AI_CONTENT_2,
  ...AUTHORITY_VARIANTS_PLANS_FTZ_3,
  ...AUTHORITY_VARIANTS_FINANCE_LISTING_3,
  ...AUTHORITY_VARIANTS_SECURITY_TRADE_3,
  ...AUTHORITY_VARIANTS_ZH_RENDERINGS_3,
  ...AUTHORITY_VARIANTS_SECTOR_5,
  ...AUTHORITY_VARIANTS_ZH_FORMS_5,
  ...AUTHORITY_VARIANTS_CENTRAL_POLICY_6,
  ...AUTHORITY_VARIANTS_COMPETITION_7,
  ...AUTHORITY_VARIANTS_AUTHORITIES_9,
  ...AUTHORITY_VARIANTS_FREED_19,
  ...AUTHORITY_VARIANTS_OFFICES_19,
  ...AUTHORITY_VARIANTS_21,
  ...AUTHORITY_VARIANTS_FORMS_24,
  ...AUTHORITY_VARIANTS_RESERVED_25,
];
export const CORE_CASE_ENTRIES: readonly CoreCase[] = [...CORE_CASES, ...CORE_CASES_AI_CONTENT_2, ...CORE_CASES_FREED_19, ...CORE_CASES_RESERVED_25, ...CORE_CASES_RESERVED_27];
export const CORE_TITLES_ZH: readonly DocumentTitleZh[] = [...DOCUMENT_TITLES_ZH, ...TITLES_ZH_INDUSTRY_DATA_3];

/** Every core entry, with the other names (short forms, document numbers, renderings) that the OTHER_NAMES_… lists of later files add to it. */
export const CORE_INSTRUMENTS: readonly CoreInstrument[] = withOtherNames(CORE_INSTRUMENT_FILES, [
  ...OTHER_NAMES_ZH_FORMS_5,
  ...OTHER_NAMES_AITECH_7,
  ...OTHER_NAMES_COMPETITION_7,
  ...OTHER_NAMES_RENDERINGS_8,
  ...OTHER_NAMES_EXPORT_CONTROL_9,
  ...OTHER_NAMES_STANDARDS_9,
  ...OTHER_NAMES_CENTRAL_10,
  ...OTHER_NAMES_JUDICIAL_10,
  ...OTHER_NAMES_RENDERINGS_10,
  ...OTHER_NAMES_STANDARDS_15,
  ...OTHER_NAMES_RENDERINGS_16,
  ...OTHER_NAMES_ZHSHORT_16,
  ...OTHER_NAMES_SECTORRULES_17,
  ...OTHER_NAMES_NAMED_18,
  ...OTHER_NAMES_SECTORS_19,
  ...OTHER_NAMES_FREED_20,
  ...OTHER_NAMES_RECENT_20,
  ...OTHER_NAMES_RECENT_22,
  ...OTHER_NAMES_RENDERINGS_22,
  ...OTHER_NAMES_JUDICIAL_22,
  ...OTHER_NAMES_LOCAL_22,
  ...OTHER_NAMES_LAWS_24B,
  ...OTHER_NAMES_RENDERINGS_24,
]);

export const CORE_LAYER = {
  instruments: CORE_INSTRUMENTS,
  authorities: CORE_AUTHORITIES,
  variants: CORE_AUTHORITY_VARIANTS,
  cases: CORE_CASE_ENTRIES,
  titlesZh: CORE_TITLES_ZH,
};
