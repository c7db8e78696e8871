/**
 * The topic taxonomy: a small, fixed set of subjects that fits TMT regulation. An entry is
 * about a topic when its title, or the item that introduces it, uses the topic's keywords.
 * Keywords are lowercase and matched as whole words or phrases.
 */
export interface Topic {
  slug: string;
  name: string;
  keywords: string[];
}

export const TOPICS: Topic[] = [
  { slug: 'artificial-intelligence', name: 'Artificial intelligence', keywords: ['artificial intelligence', 'ai', 'generative', 'algorithm', 'algorithms', 'deep synthesis', 'large model', 'large models', 'machine learning'] },
  { slug: 'data-protection', name: 'Personal information and data protection', keywords: ['personal information', 'privacy', 'data protection', 'personal data', 'data security', 'face recognition', 'facial recognition', 'biometric'] },
  { slug: 'cross-border-data', name: 'Cross-border data transfers', keywords: ['cross-border', 'outbound data', 'data export', 'overseas recipients', 'outbound'] },
  { slug: 'data-economy', name: 'Data as a production factor', keywords: ['data elements', 'public data', 'data trading', 'data resources', 'digital economy', 'data ownership'] },
  { slug: 'cybersecurity', name: 'Cybersecurity', keywords: ['cybersecurity', 'cyber security', 'network security', 'critical information infrastructure', 'security assessment', 'threat information'] },
  { slug: 'telecom-licensing', name: 'Telecoms and licensing', keywords: ['telecommunications', 'telecommunication', 'telecom', 'value-added telecommunication', 'internet access', 'base stations', 'information and communication', '5g'] },
  { slug: 'radio-spectrum', name: 'Radio and spectrum', keywords: ['radio', 'spectrum', 'radio transmission', 'black broadcasts', 'satellite', 'space'] },
  { slug: 'minors', name: 'Protection of minors', keywords: ['minors', 'minor', 'underage', 'children', 'minors mode'] },
  { slug: 'online-games', name: 'Online games', keywords: ['online games', 'game', 'games', 'gaming'] },
  { slug: 'advertising', name: 'Advertising', keywords: ['advertising', 'advertisement', 'advertisements', 'absolute terms'] },
  { slug: 'e-commerce', name: 'E-commerce and live streaming', keywords: ['e-commerce', 'live webcast', 'live streaming', 'live marketing', 'online sales', 'e-tailing', 'platform operators', 'online trading', 'online auctions', 'catering'] },
  { slug: 'content-regulation', name: 'Online content', keywords: ['information content', 'cyber violence', 'online violence', 'self-media', 'online infringement', 'rumours', 'micro-dramas', 'audio-visual', 'audiovisual', 'qinglang'] },
  { slug: 'autonomous-vehicles', name: 'Autonomous and connected vehicles', keywords: ['autonomous vehicles', 'autonomous vehicle', 'intelligent connected vehicles', 'icv', 'automobile', 'vehicles', 'new energy vehicle', 'telematics', 'charging', 'automobile data'] },
  { slug: 'medical-online', name: 'Medical products and health online', keywords: ['drug', 'drugs', 'medicines', 'medical devices', 'internet diagnosis', 'health', 'traditional chinese medicine'] },
  { slug: 'fintech', name: 'Fintech and blockchain', keywords: ['blockchain', 'fintech', 'financial technology', 'payment', 'financial consumers', 'fund management', 'digital collections', 'nft', 'internet finance'] },
  { slug: 'ip-copyright', name: 'IP and copyright', keywords: ['copyright', 'intellectual property', 'trade secret', 'trade secrets', 'infringement', 'piracy'] },
  { slug: 'national-security', name: 'National security and state secrets', keywords: ['national security', 'state secrets', 'counter-espionage', 'espionage', 'cryptography'] },
  { slug: 'standards', name: 'Standards', keywords: ['standard', 'standards', 'standardisation', 'standardization', 'specification', 'technical committee'] },
  { slug: 'competition', name: 'Competition and market regulation', keywords: ['anti-monopoly', 'unfair competition', 'antitrust', 'market regulation', 'business environment'] },
  { slug: 'fraud-cybercrime', name: 'Telecom fraud and cybercrime', keywords: ['fraud', 'telecommunications network fraud', 'scams', 'cybercrime', 'computer information system'] },
  { slug: 'e-government', name: 'E-government and digital government', keywords: ['e-government', 'electronic documents', 'government affairs', 'electronic authentication', 'archiving'] },
];
