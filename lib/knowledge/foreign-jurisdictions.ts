/**
 * Other jurisdictions whose laws share the graph's English titles ("Cybersecurity Law",
 * "Cryptography Law", "Counter-Terrorism Law"): a title a page ties to one of them ("Japan's …",
 * "the Israeli …", "… of Korea") is that country's law, not China's. Names as pages write them;
 * demonyms where pages use them before a law's title. Hong Kong, Macao and Taiwan have their own
 * law and are here too.
 */
export const FOREIGN_JURISDICTIONS: readonly string[] = [
  'Japan', 'Korea', 'South Korea', 'the Republic of Korea', 'North Korea', 'Singapore', 'Malaysia', 'Indonesia', 'Thailand',
  'Vietnam', 'Viet Nam', 'the Philippines', 'India', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Australia', 'New Zealand',
  'Israel', 'Turkey', 'Türkiye', 'Iran', 'Saudi Arabia', 'the UAE', 'the United Arab Emirates', 'Qatar', 'Egypt', 'Kenya',
  'Nigeria', 'South Africa', 'Russia', 'the Russian Federation', 'Ukraine', 'Belarus', 'Kazakhstan', 'Uzbekistan',
  'Germany', 'France', 'Italy', 'Spain', 'Portugal', 'the Netherlands', 'Belgium', 'Poland', 'Sweden', 'Norway',
  'Denmark', 'Finland', 'Ireland', 'Austria', 'Switzerland', 'Greece', 'the UK', 'the United Kingdom', 'Britain',
  'the EU', 'the European Union', 'the US', 'the U.S.', 'the United States', 'America', 'Canada', 'Mexico', 'Brazil',
  'Argentina', 'Chile', 'Colombia', 'Peru', 'California', 'Virginia', 'Colorado', 'Texas', 'New York',
  'Hong Kong', 'Macao', 'Macau', 'Taiwan',
];

/** Adjectives pages put before another country's law ("the Japanese Cybersecurity Law", "the EU Dual-Use Export Control List"). */
export const FOREIGN_DEMONYMS: readonly string[] = [
  'Japanese', 'Korean', 'South Korean', 'Singaporean', 'Malaysian', 'Indonesian', 'Thai', 'Vietnamese', 'Philippine',
  'Indian', 'Pakistani', 'Australian', 'Israeli', 'Turkish', 'Iranian', 'Saudi', 'Emirati', 'Russian', 'Ukrainian',
  'German', 'French', 'Italian', 'Spanish', 'Dutch', 'Belgian', 'Polish', 'Swedish', 'Norwegian', 'Danish', 'Finnish',
  'Irish', 'Austrian', 'Swiss', 'Greek', 'British', 'European', 'American', 'Canadian', 'Mexican', 'Brazilian',
  'Hong Kong', 'Taiwanese', 'Macanese', 'EU', 'US', 'U.S.', 'UK', 'U.K.',
];
