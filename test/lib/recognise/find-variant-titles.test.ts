import { describe, expect, it } from 'vitest';
import { findVariantTitles } from '../../../lib/recognise/find-variant-titles';
import { buildTitleTable, loadTitleTable } from '../../../lib/recognise/title-table';

const table = loadTitleTable(
  buildTitleTable([
    { id: 'document:outbound', draft: false, names: ['Measures for Security Assessment of Outbound Data Transfers'] },
    { id: 'document:drugs', draft: false, names: ['Measures for the Supervision and Administration of Online Drug Sales'] },
    { id: 'document:espionage', draft: false, names: ['Counter-Espionage Law', 'Anti-Espionage Law'] },
    { id: 'document:games-draft', draft: true, names: ['Measures for the Administration of Online Games (Draft for Comment)'] },
    { id: 'document:games', draft: false, names: ['Measures for the Administration of Online Games'] },
    { id: 'document:face-a', draft: false, names: ['Provisions on Face Recognition Security'] },
    { id: 'document:face-b', draft: false, names: ['Provisions on Facial Recognition Security'] },
    { id: 'document:security-law', draft: false, names: ['National Security Law'] },
    { id: 'document:labelling', draft: false, names: ['Measures for the Labelling of AI-Generated and Synthetic Content'] },
    { id: 'document:certification', draft: false, names: ['Measures for the Certification of Personal Information Outbound Transfer'] },
    // A word a page may add to a title must be one many titles have (here "protection").
    { id: 'document:minors', draft: false, names: ['Regulations on the Protection of Minors Online'] },
    { id: 'document:infrastructure', draft: false, names: ['Regulations on the Protection of Critical Information Infrastructure'] },
    { id: 'document:entity-list', draft: false, names: ['Provisions on the Unreliable Entity List'] },
    { id: 'document:negative-list-2021', draft: false, names: ['Special Administrative Measures (Negative List) for Foreign Investment Access (2021 Edition)'] },
    { id: 'document:negative-list-2024', draft: false, names: ['Special Administrative Measures (Negative List) for Foreign Investment Access (Edition 2024)'] },
    { id: 'document:content-labels', draft: false, names: ['Practice Guideline for Cybersecurity Standards – Content Identification Methods for Generative Artificial Intelligence Services'] },
    { id: 'document:labour-i', draft: false, names: ['Interpretation of the Supreme People’s Court on Issues Concerning the Application of Law in the Trial of Labor Dispute Cases (I)'] },
    { id: 'document:labour-ii', draft: false, names: ['Interpretation (II) of the Supreme People’s Court on Several Issues Concerning the Application of Law in the Trial of Labour Dispute Cases'] },
  ]),
);
const find = (text: string) => findVariantTitles(text, [], table).map((found) => [found.matched, found.id, found.via]);

describe('findVariantTitles', () => {
  it('reads the number of one of a series after a title as part of it', () => {
    const title = 'Interpretation of the Supreme People’s Court on Issues Concerning the Application of Law in the Trial of Labour Dispute Cases';
    expect(find(`Under the ${title} (II), platforms must …`)).toEqual([[`${title} (II)`, 'document:labour-ii', 'variant']]);
    // Another number of the series is another instrument, which the graph does not hold.
    expect(find(`Under the ${title} (III), platforms must …`)).toEqual([]);
    // A list's "(i)" after a title is not part of it.
    expect(find(`Under the ${title} (II) (i) platforms must …`)).toEqual([[`${title} (II)`, 'document:labour-ii', 'variant']]);
    expect(find(`Under the Measures for Security Assessment of Outbound Data Transfers (i) data processors must …`)).toEqual([['Measures for Security Assessment of Outbound Data Transfers', 'document:outbound', 'variant']]);
  });

  it('recognises another translation and leaves the sentence around it out', () => {
    expect(find('On 14 July, the CAC released the Security Assessment Measures for Cross-Border Data Transfer, which apply to …')).toEqual([
      ['Security Assessment Measures for Cross-Border Data Transfer', 'document:outbound', 'variant'],
    ]);
    expect(find('Under the Measures for the Supervision and Administration of Drug Network Sales, platforms must …')).toEqual([
      ['Measures for the Supervision and Administration of Drug Network Sales', 'document:drugs', 'variant'],
    ]);
  });

  it('finds a series title whose type noun stands before its dash', () => {
    expect(find('TC260 issued the Cybersecurity Standard Practice Guide – Generative Artificial Intelligence Service Content Identification Method in 2023.')).toEqual([
      ['Cybersecurity Standard Practice Guide – Generative Artificial Intelligence Service Content Identification Method', 'document:content-labels', 'variant'],
    ]);
    // A dash without spaces joins words, it does not end a series.
    expect(find('TC260 issued the Cybersecurity Standard Practice Guide-Generative Artificial Intelligence Service Content Identification Method.')).toEqual([]);
  });

  it('starts a title after the comma that ends the title before it', () => {
    expect(find("the Foreign Anti-sanction Law of the People's Republic of China, the Provision on Unreliable Entity List and")).toEqual([
      ['Provision on Unreliable Entity List', 'document:entity-list', 'variant'],
    ]);
  });

  it('reads a phrase in brackets inside a title, and a yearly edition cited without its year as the latest', () => {
    expect(find('Under the Special Administrative Measures (Negative List) for Foreign Investment Access, firms')).toEqual([
      ['Special Administrative Measures (Negative List) for Foreign Investment Access', 'document:negative-list-2024', 'variant'],
    ]);
    expect(find('Under the Special Administrative Measures (Negative List) for Foreign Investment Access (2021 Version), firms')).toEqual([
      ['Special Administrative Measures (Negative List) for Foreign Investment Access (2021 Version)', 'document:negative-list-2021', 'variant'],
    ]);
    // A short name the page gives a title in brackets is not part of it.
    expect(find('the Provisions on the Unreliable Entity List (Entity Provisions) require')).toEqual([
      ['Provisions on the Unreliable Entity List', 'document:entity-list', 'variant'],
    ]);
    // Nor where a linking word follows it in prose ("for public consultation").
    expect(find('released the Provisions on the Unreliable Entity List (Entity Provisions) for public consultation')).toEqual([
      ['Provisions on the Unreliable Entity List', 'document:entity-list', 'variant'],
    ]);
  });

  it('finds two titles joined by "and"', () => {
    expect(find('both the Security Assessment Measures for Cross-Border Data Transfer and the Measures for the Supervision and Administration of Drug Network Sales apply')).toEqual([
      ['Security Assessment Measures for Cross-Border Data Transfer', 'document:outbound', 'variant'],
      ['Measures for the Supervision and Administration of Drug Network Sales', 'document:drugs', 'variant'],
    ]);
  });

  it('forgives one typo in a long word', () => {
    expect(find('The revised Anti-Epionage Law took effect.')).toEqual([['Anti-Epionage Law', 'document:espionage', 'typo']]);
  });

  it('never forgives a typo in a short word or a second typo', () => {
    expect(find('The Anti-Epionnage Lwa took effect.')).toEqual([]);
    expect(find('The revised Anti-Epyonaje Law took effect.')).toEqual([]);
  });

  it('finds a long title with one word left out or one added, when only one title is found that way', () => {
    expect(find('CAC issued the Measures for Labelling AI-Generated Content.')).toEqual([['Measures for Labelling AI-Generated Content', 'document:labelling', 'variant']]);
    expect(find('the Measures for the Certification of Personal Information Protection for Overseas Transfers apply')).toEqual([
      ['Measures for the Certification of Personal Information Protection for Overseas Transfers', 'document:certification', 'variant'],
    ]);
    // Three content words say too little to stand for a four-word title.
    expect(find('the Measures for Labelling AI Content apply')).toEqual([]);
    // Two words left out is another instrument.
    expect(find('the Measures for Labelling Content apply')).toEqual([]);
    // A word few titles have names another subject: not the certification measures.
    expect(find('the Measures for the Certification of Personal Information Licensing for Overseas Transfers apply')).toEqual([]);
  });

  it('names the instrument for a draft the graph does not keep apart', () => {
    expect(find('the Draft Measures for Security Assessment for Cross-Border Data Transfers (the draft measures)')).toEqual([
      ['Draft Measures for Security Assessment for Cross-Border Data Transfers', 'document:outbound', 'variant'],
    ]);
  });

  it('takes no title that capitalised words of another title run into, unless they say which one it is', () => {
    expect(find('the Cloud Computing Service Security Assessment Measures for Data Export took effect')).toEqual([]);
    expect(find('the March 2025 Security Assessment Measures for Data Export took effect')).toEqual([
      ['Security Assessment Measures for Data Export', 'document:outbound', 'variant'],
    ]);
  });

  it('leaves out capitalised words after a title that no title uses, and reads a title after a dash', () => {
    expect(find('Security Assessment Measures for Cross-Border Data Transfer Come into Force')).toEqual([
      ['Security Assessment Measures for Cross-Border Data Transfer', 'document:outbound', 'variant'],
    ]);
    expect(find('Reported by NPPA Watch — Security Assessment Measures for Data Export')).toEqual([
      ['Security Assessment Measures for Data Export', 'document:outbound', 'variant'],
    ]);
  });

  it('maps a draft marker on the page to the draft entry', () => {
    expect(find('NPPA released the Draft Measures for the Management of Online Games in December.')).toEqual([
      ['Draft Measures for the Management of Online Games', 'document:games-draft', 'variant'],
    ]);
    expect(find('NPPA finalised the Measures for the Management of Online Games.')).toEqual([
      ['Measures for the Management of Online Games', 'document:games', 'variant'],
    ]);
  });

  it('finds an interim entry without its marker only where no entry has the unmarked title', () => {
    const games = loadTitleTable(
      buildTitleTable([
        { id: 'document:games-draft', draft: true, names: ['Measures for the Administration of Online Games (Draft for Comment)'] },
        { id: 'document:interim-games', draft: false, names: ['Interim Measures for the Administration of Online Games'] },
        { id: 'document:interim-drugs', draft: false, names: ['Interim Measures for the Supervision of Online Drug Sales'] },
      ]),
    );
    const findIn = (text: string) => findVariantTitles(text, [], games).map((found) => [found.matched, found.id]);
    expect(findIn('the NPPA released the draft Online Game Administrative Measures in December.')).toEqual([['Online Game Administrative Measures', 'document:games-draft']]);
    expect(findIn('MOCT abolished the Interim Administrative Measures on Online Games.')).toEqual([['Interim Administrative Measures on Online Games', 'document:interim-games']]);
    expect(findIn('under the Measures on the Supervision of Online Drug Sales, platforms must …')).toEqual([['Measures on the Supervision of Online Drug Sales', 'document:interim-drugs']]);
  });

  it('does not match a different instrument with a similar title', () => {
    expect(find('the Measures for the Supervision and Administration of Online Food Sales')).toEqual([]);
    expect(find('the Provisions on Security Assessment of Outbound Data Transfers')).toEqual([]);
    expect(find('New Measures Target Data Security Assessment')).toEqual([]);
  });

  it('leaves a signature two entries share alone', () => {
    expect(find('the Provisions on Face Recognition Security')).toEqual([]);
  });

  it('finds a three-word title without a word most titles have, never without its distinctive word', () => {
    const common = Array.from({ length: 12 }, (_, i) => ({ id: `document:filler-${i}`, draft: false, names: [`Measures for Network Data Security of Sector ${'ABCDEFGHIJKL'[i]}x`] }));
    const short = loadTitleTable(
      buildTitleTable([
        ...common,
        { id: 'document:genai', draft: false, names: ['Interim Measures for Generative AI Networks'] },
        { id: 'document:review', draft: false, names: ['Measures for Network Security Review'] },
        { id: 'document:ndsr', draft: false, names: ['Network Data Security Regulations'] },
      ]),
    );
    const findIn = (text: string) => findVariantTitles(text, [], short).map((found) => [found.matched, found.id]);
    expect(findIn('the Interim Generative AI Measures apply')).toEqual([['Interim Generative AI Measures', 'document:genai']]);
    // "review" is what names the review measures; network and security alone say too little.
    expect(findIn('the Network Security Measures apply')).toEqual([]);
    expect(findIn('the Data Security Regulations apply')).toEqual([]);
  });

  it('finds a title under a type noun translators swap with its own, where the title starts', () => {
    const swapped = loadTitleTable(
      buildTitleTable([
        { id: 'document:deep-synthesis', draft: false, names: ['Provisions on the Administration of Deep Synthesis of Internet Information Services'] },
        { id: 'document:blocking', draft: false, names: ['Measures for Blocking Unjustified Extra-territorial Application of Foreign Legislation'] },
      ]),
    );
    const findIn = (text: string) => findVariantTitles(text, [], swapped).map((found) => [found.matched, found.id]);
    expect(findIn('the Regulations on the Management of Deep Synthesis Internet Information Services apply')).toEqual([
      ['Regulations on the Management of Deep Synthesis Internet Information Services', 'document:deep-synthesis'],
    ]);
    expect(findIn('the Rules for Blocking Unjustified Extra-territorial Application of Foreign Laws apply')).toEqual([
      ['Rules for Blocking Unjustified Extra-territorial Application of Foreign Laws', 'document:blocking'],
    ]);
    // Not inside a longer title: "Interim" or another word before it makes it another instrument.
    expect(findIn('the Beijing Deep Synthesis Internet Information Services Regulations apply')).toEqual([]);
  });

  it('never takes the draft for a title two finals share', () => {
    const shared = loadTitleTable(
      buildTitleTable([
        { id: 'document:guide', draft: false, names: ['Basic Security Requirements for Generative Artificial Intelligence Service'] },
        { id: 'document:standard', draft: false, names: ['Basic Security Requirements for Generative AI Services'] },
        { id: 'document:standard-draft', draft: true, names: ['Basic Security Requirements for Generative AI Services (Draft)'] },
      ]),
    );
    const findIn = (text: string) => findVariantTitles(text, [], shared).map((found) => [found.matched, found.id]);
    expect(findIn('The Basic Security Requirements for AIGC Services were published.')).toEqual([]);
    expect(findIn('The draft Basic Security Requirements for AIGC Services (Draft) were published.')).toEqual([
      ['Basic Security Requirements for AIGC Services (Draft)', 'document:standard-draft'],
    ]);
  });

  it('reads a title across an acronym the page defines inside it, and leaves a year after it out', () => {
    const cii = loadTitleTable(buildTitleTable([{ id: 'document:cii', draft: false, names: ['Regulations on Security Protection of Critical Information Infrastructure'] }]));
    const findIn = (text: string) => findVariantTitles(text, [], cii).map((found) => found.matched);
    expect(findIn('China issued the Regulations on Critical Information Infrastructure (CII) Security Protection in 2021.')).toEqual([
      'Regulations on Critical Information Infrastructure (CII) Security Protection',
    ]);
    expect(findIn('the Security Protection Regulations for Critical Information Infrastructure of 2021 apply')).toEqual(['Security Protection Regulations for Critical Information Infrastructure']);
  });

  it('never recognises a title that says too little ("Security Law")', () => {
    expect(find('Hong Kong passed its own Security Law.')).toEqual([]);
  });

  it('leaves spans the automaton took alone', () => {
    const text = 'the Security Assessment Measures for Cross-Border Data Transfer';
    expect(findVariantTitles(text, [{ start: 4, end: 20 }], table)).toEqual([]);
  });
});
