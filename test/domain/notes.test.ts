import { engineerFor, ENTA_STAFF } from '../../src/domain/notes';

describe('engineerFor', () => {
  it('credits the user when it is an e-mail address', () => {
    expect(engineerFor('jo.bloggs@example.net')).toBe('jo.bloggs@example.net');
    expect(engineerFor('  support@isp.example.co.uk ')).toBe('support@isp.example.co.uk');
  });

  it('credits Enta Staff otherwise', () => {
    for (const user of ['jbloggs', 'J Bloggs', 'jo@localhost', '@example.net', 'jo@', '', null]) {
      expect(engineerFor(user)).toBe(ENTA_STAFF);
    }
    expect(ENTA_STAFF).toBe('Enta Staff');
  });
});
