import { createSecretKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { authEnv, mintToken, TEST_AUDIENCE, TEST_ISSUER, TEST_SECRET } from '../support/auth';
import { startStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack({ env: authEnv() });
});
afterAll(() => stack.close());

const QUERY = '{ firstAvailableDate }';

describe('token rules', () => {
  it('refuses a token that never expires', async () => {
    const forever = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('admin-forever')
      .setIssuer(TEST_ISSUER).setAudience(TEST_AUDIENCE).setIssuedAt()
      .sign(createSecretKey(Buffer.from(TEST_SECRET, 'utf8')));

    const result = await stack.gqlWith({ authorization: `Bearer ${forever}` }, QUERY);

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('takes the bearer scheme in any case, as HTTP auth schemes are', async () => {
    const token = await mintToken({ role: 'support' });
    const result = await stack.gqlWith({ authorization: `bearer ${token}` }, QUERY);

    expect(result.errors).toBeUndefined();
  });

  it('refuses text with invisible format characters before it reaches Enta', async () => {
    const admin = { authorization: `Bearer ${await mintToken({ role: 'admin' })}` };
    const result = await stack.gqlWith(admin,
      `mutation { placeOrder(input: { productId: "FAM60", cli: "0161 496 0871",
        provisionDate: "2030-01-02", clientRef: "PO\u202Egnp.exe", username: "fmt01",
        password: "correct-horse-9", site: { title: "Ms", firstName: "Clara",
        surname: "Trucker", building: "12", street: "Pigeon Street", town: "Manchester",
        county: "Greater Manchester", postcode: "M1 2JX", telephoneDay: "0161 496 0213",
        email: "clara@example.com" } }) { order { ref } } }`);

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT',
      field: 'clientRef' });
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
