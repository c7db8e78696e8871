import { describe, expect, it } from 'vitest';
import { signatureKey, signatureOf } from '../../../lib/recognise/title-signature';

const key = (title: string) => {
  const signature = signatureOf(title);
  return signature ? signatureKey(signature) : undefined;
};

describe('signatureOf: renderings of one Chinese title agree', () => {
  it.each([
    ['Security Assessment Measures for Cross-Border Data Transfer', 'Measures for Security Assessment of Outbound Data Transfers'],
    ['Measures for the Supervision and Administration of Drug Network Sales', 'Measures for the Supervision and Administration of Online Drug Sales'],
    ['Interim Regulation on Administration of Flight of Unmanned Aircrafts', 'Interim Regulations on the Flight Management of Unmanned Aircraft'],
    ['Global AI Governance Initiative', 'Global Initiative on Artificial Intelligence Governance'],
    ['Basic Security Requirements for Generative Artificial Intelligence Service', 'Basic Security Requirements for Generative Artificial Intelligence Services'],
    ['Management Measures for the Registration of Traditional Chinese Medicine Science and Technology Achievements', 'Management Measures for the Registration of Traditional Chinese Medicine Scientific and Technological Achievements'],
    ['Measures for Science and Technology Ethics Reviews (Trial)', 'Measures for Science and Technology Ethics Reviews (for Trial Implementation)'],
    ['Administrative Measures for Internet Information Services', 'Measures for the Administration of Internet Information Services'],
    ['Cyber Security Review Measures', 'Measures for Cybersecurity Review'],
    ['Regulations on the Protection of Minors Online', 'Regulation on the Online Protection of Minors'],
    ['Standardisation Measures', 'Standardization Measures'],
    ['Measures for the Certification of Personal Information Protection for Cross-Border Data Transfers', 'Measures for the Certification of Personal Information Protection for Outbound Transfer'],
    ['Guidelines for Security Assessment Declaration of Outbound Data Transfer', 'Guidelines for Security Assessment Applications of Outbound Data Transfer'],
    ['Anti Monopoly Guidelines In The Field Of Platform Economy', 'Anti-Monopoly Guidelines for the Platform Economy'],
    ['Administrative Provisions on Posting and Commenting Services on the Internet', 'Provisions on the Administration of Comment Threading Services on the Internet'],
    ['Measures for Administration of Data Security in the Field of Industry and Informatization', 'Measures for Data Security Management in the Industry and Information Technology Field'],
    ['Commercial Encryption Regulations', 'Regulations on Commercial Cryptography'],
    ['Measures for Overseeing Online Transactions', 'Measures for the Supervision of Online Transactions'],
    // 备案: "filing", "record-filing", "record".
    ['Measures for the Administration of the Record of Non-Operational Internet Information Services', 'Administrative Measures for the Filing of Non-operational Internet Information Services'],
    ['Administrative Measures for the Record-Filing of Non-Operational Internet Information Services', 'Administrative Measures for the Filing of Non-operational Internet Information Services'],
    // The official "Law … on Countering …" rendering of 反…法.
    ['Law of the People’s Republic of China on Countering Foreign Sanctions', 'Anti-Foreign Sanctions Law'],
    ['Law of the People’s Republic of China on Countering Espionage', 'Counter-Espionage Law'],
    // The courts abbreviated in a judicial interpretation's title.
    ['Provisions of the SPC on Several Issues Concerning the Trial of Cases Involving Facial Recognition', 'Provisions of the Supreme People’s Court on Several Issues Concerning the Trial of Cases Involving Facial Recognition'],
  ])('%s ≡ %s', (a, b) => {
    expect(key(a)).toBeDefined();
    expect(key(a)).toBe(key(b));
  });
});

describe('signatureOf: different instruments stay apart', () => {
  it.each([
    // Another type noun: 规定 and 办法 are different instruments.
    ['Provisions on Security Assessment of Outbound Data Transfers', 'Measures for Security Assessment of Outbound Data Transfers'],
    // Another subject.
    ['Measures for Security Assessment of Inbound Data Transfers', 'Measures for Security Assessment of Outbound Data Transfers'],
    ['Measures for the Supervision and Administration of Online Food Sales', 'Measures for the Supervision and Administration of Online Drug Sales'],
    ['Data Security Law', 'Network Security Law'],
    // Supervision and administration are both in 监督管理: never joined.
    ['Measures for the Supervision of Online Drug Sales', 'Measures for the Administration of Online Drug Sales'],
  ])('%s ≠ %s', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it('keeps a draft apart from its final version', () => {
    expect(signatureOf('Measures for the Administration of Online Games (Draft for Comment)')?.draft).toBe(true);
    expect(signatureOf('Draft Measures for the Administration of Online Games')?.draft).toBe(true);
    expect(signatureOf('Measures for the Administration of Online Games')?.draft).toBe(false);
  });

  it('keeps a later edition apart, and reads a first edition as the title alone', () => {
    const guide = 'Guide to Applications for Security Assessment of Outbound Data Transfers';
    expect(key(`${guide} (First Edition)`)).toBe(key(guide));
    expect(key(`${guide} (Second Edition)`)).not.toBe(key(guide));
    expect(key(`${guide} (Second Edition)`)).toBe(key('Guide to Declaration for Data Cross-border Transfer Security Assessment (Second Version)'));
    // A yearly edition is that year's (the title table also files it without the year).
    expect(key(`${guide} (2022 Edition)`)).not.toBe(key(guide));
    expect(key(`${guide} (2022 Edition)`)).toBe(key(`${guide} (Version 2022)`));
  });

  it('keeps the numbers of a series apart, wherever the title writes them', () => {
    const second = "Interpretation (II) of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Labour Dispute Cases";
    const written = "Interpretation of the Supreme People's Court on Issues Concerning the Application of Law in the Trial of Labor Dispute Cases";
    expect(key(`${written} (II)`)).toBe(key(second));
    expect(signatureOf(second)?.type).toBe('interpretation');
    expect(key(`${written} (III)`)).not.toBe(key(second));
    expect(key(`${written} (I)`)).not.toBe(key(second));
    expect(key(`${written} (1)`)).toBe(key(`${written} (I)`));
    expect(key(written)).not.toBe(key(`${written} (I)`));
  });

  it('has no signature without a type noun', () => {
    expect(signatureOf('Security Assessment of Outbound Data Transfers')).toBeUndefined();
  });
});
