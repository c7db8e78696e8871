import { describe, expect, it } from 'vitest';
import { findTitles } from '../../../lib/parse/find-titles';

const titles = (sentence: string) => findTitles(sentence).map((title) => title.text);

describe('findTitles', () => {
  it.each([
    ['On 7 October, the MIIT issued the Opinions on Innovating the Management of the Information and Communication Industry (Draft for Comment) (the “Draft”).', ['Opinions on Innovating the Management of the Information and Communication Industry (Draft for Comment)']],
    ['MIIT Issued Measures for Data Security Management in Industry and Information Technology Sector (for Trial Implementation)', ['Measures for Data Security Management in Industry and Information Technology Sector (for Trial Implementation)']],
    ['Promote the implementation of the Data Security Law and the work of the coordination mechanism.', ['Data Security Law']],
    ['It builds on the Data Security Law and the Personal Information Protection Law.', ['Data Security Law', 'Personal Information Protection Law']],
    ['the NRTA published the Measures for the Administration of Standardisation of Radio, Television and Network Audiovisuals, which aim', ['Measures for the Administration of Standardisation of Radio, Television and Network Audiovisuals']],
    ['The Ministry of Transport (MOT) issued the Outline of the Program on Boosting the Development of Big Data on Integrated Transport (2020-2025) on 9 December 2019.', ['Outline of the Program on Boosting the Development of Big Data on Integrated Transport (2020-2025)']],
    ['MIIT issued the “5G+ Industrial Internet” Integration and Application Pilot Zone Pilot Work Rules (Interim) and its guidelines', ['“5G+ Industrial Internet” Integration and Application Pilot Zone Pilot Work Rules (Interim)']],
    ['TC260 Issued Cybersecurity of Industrial Internet Enterprises – Part 4: Data Protection Requirements for Public Comments', ['Cybersecurity of Industrial Internet Enterprises – Part 4: Data Protection Requirements']],
    ['under Article 253 of the Criminal Law.', ['Criminal Law']],
    ['CAICT released Research Report on Legal Issues of Intellectual Property Rights in AI (2023), White Paper on Metaverse (2023)', ['Research Report on Legal Issues of Intellectual Property Rights in AI (2023)', 'White Paper on Metaverse (2023)']],
    // A status parenthetical makes a title of a run without a head noun.
    [
      'On 8 August, the CAC issued the Safety Management of the Application of Face Recognition Technology (for Trial Implementation) (Draft for Opinion) (the “Draft”).',
      ['Safety Management of the Application of Face Recognition Technology (for Trial Implementation) (Draft for Opinion)'],
    ],
    // 依法 ends a title; a law named after the same words is another title.
    [
      'The SPC and three other departments jointly issued the Guiding Opinions on Punishing Cyber Violence Offences and Crimes in accordance with the Law, which consists of 20 articles.',
      ['Guiding Opinions on Punishing Cyber Violence Offences and Crimes in accordance with the Law'],
    ],
    [
      'The CAC issued the Measures for Data Security Management in accordance with the Law on Guarding State Secrets.',
      ['Measures for Data Security Management', 'Law on Guarding State Secrets'],
    ],
    ['four other departments issued the Notice on the Pilot Work of Access and Road Passage of Intelligent and Connected Vehicles', ['Notice on the Pilot Work of Access and Road Passage of Intelligent and Connected Vehicles']],
    ['MIIT announced the Second List of Typical Cases of Mobile Internet of Things Applications, the List of Excellent Cases', ['Second List of Typical Cases of Mobile Internet of Things Applications', 'List of Excellent Cases']],
    // "and" inside the title's complement, after its head noun: one title.
    [
      'The AMR issued Operational Guidelines for E-Commerce Platform Operators to Modify Platform Service Agreements and Transaction Rules',
      ['Operational Guidelines for E-Commerce Platform Operators to Modify Platform Service Agreements and Transaction Rules'],
    ],
    ['It builds on the Measures for Data Export and Provisions on Data Filing.', ['Measures for Data Export', 'Provisions on Data Filing']],
    // A counted batch of cases after a title is not part of it.
    [
      'The SPC issued the Answers to Litigation Questions for Parties in Civil Cases of Infringement of Trade Secrets and Ten Typical Cases of Infringement of Trade Secrets',
      ['Answers to Litigation Questions for Parties in Civil Cases of Infringement of Trade Secrets'],
    ],
    // A list of standards: the first title has no head noun, yet "and" separates two standards.
    [
      'The SAMR and the Internet Finance Association released four financial national standards, including Information Disclosure of Personal Online Consumer Credit in Internet Finance and Open Source Software Measurement Specification for the Financial Industry',
      ['Information Disclosure of Personal Online Consumer Credit in Internet Finance', 'Open Source Software Measurement Specification for the Financial Industry'],
    ],
    // Not a list (one standard), so "and" stays inside the title.
    [
      'TC260 released the national standard Information Security Technology Personal Information and Important Data Export Security Assessment Guideline',
      ['Information Security Technology Personal Information and Important Data Export Security Assessment Guideline'],
    ],
    // A list, but what follows "and" has no head noun: one title.
    [
      'The PBOC issued three industry standards, including Technical Requirements for Security of Data Processing and Storage Systems of Financial Institutions',
      ['Technical Requirements for Security of Data Processing and Storage Systems of Financial Institutions'],
    ],
  ])('%s', (sentence, expected) => {
    expect(titles(sentence)).toEqual(expected);
  });

  it('reads the short name a sentence defines', () => {
    const [title] = findTitles('the revised Counter-Espionage Law (“CEL“) took effect');
    expect(title).toMatchObject({ text: 'Counter-Espionage Law', shortNames: ['CEL'] });
  });

  it('keeps a term the title defines inside it, and does not make the term its short name', () => {
    const sentence = 'To implement the Opinions on Strengthening the Management of Intelligent and Connected Vehicles (“ICVs”) Manufacturing Enterprises and Product Access, MIIT decided';
    expect(findTitles(sentence)).toEqual([
      expect.objectContaining({ text: 'Opinions on Strengthening the Management of Intelligent and Connected Vehicles (“ICVs”) Manufacturing Enterprises and Product Access', shortNames: [] }),
    ]);
  });

  it.each([
    // The acronym spells the whole title: it names the title.
    ['the Personal Information Protection Law (“PIPL”) Article 13 sets out', 'Personal Information Protection Law', 'PIPL'],
    // Nothing of the title follows the acronym: it is the title's short name.
    ['the Regulations on Network Data Security Management (“NDSM”) took effect', 'Regulations on Network Data Security Management', 'NDSM'],
    // A sentence goes on after the definition, not the title.
    ['the Measures for Intelligent Connected Vehicles (“ICVs”) On 1 May they took effect', 'Measures for Intelligent Connected Vehicles', 'ICVs'],
  ])('ends the title before a short name it defines: %s', (sentence, text, shortName) => {
    expect(findTitles(sentence)[0]).toMatchObject({ text, shortNames: [shortName] });
  });

  it('flags a title offered "for Public Comments" as a draft', () => {
    expect(findTitles('SAMR Issued Guidelines for Enforcement on Absolute Terms in Advertising for Public Comments')[0]?.forComments).toBe(true);
  });

  it.each([
    'The Measures aim to prevent the risks.',
    'The Central Committee of the CPC and the State Council Issued',
    'State Administration for Market Regulations (SAMR) issued rules',
    'the National Standard Working Group on Face Recognition Technology was established',
    'Face Payment Related Industry Standards are being Developed',
    'a symposium on “Rule of Law in Cyberspace to Support Building a Cyber Power”',
    'the Beijing Pilot (Trial) began in May',
  ])('finds no title in %s', (sentence) => {
    expect(titles(sentence)).toEqual([]);
  });
});
