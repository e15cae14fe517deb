import { buildSchema, graphql } from 'graphql';
import { Access } from '../../src/auth/access';
import { protectSchema } from '../../src/auth/guard';
import { rolesForField, rolesForInputField } from '../../src/auth/policy';
import type { AuditEvent } from '../../src/auth/audit';
import type { Role } from '../../src/auth/roles';
import { scopeKey } from '../../src/auth/roles';

/**
 * A stand-in schema with operations the real one does not have yet, as another branch might
 * add them: the guard must cover them with no change to any resolver.
 */
const SDL = `
  type Service { ref: ID! email: String }
  input UpdateContactInput { ref: ID, cli: String, email: String }
  input RenameInput { ref: ID, name: String, monthlyFee: String }
  type Query { brandNewReport: [Service!]!, service(ref: ID!): Service }
  type Mutation { updateContact(input: UpdateContactInput!): Service
    brandNewMutation(input: RenameInput!): Boolean }
`;
const ACCOUNTS: Record<string, { ref: string; username: string }> = {
  ADSL1001: { ref: 'ADSL1001', username: 'own.user' },
  ADSL1002: { ref: 'ADSL1002', username: 'other.user' },
};

function run(role: Role, source: string) {
  const schema = protectSchema(buildSchema(SDL));
  const services = role === 'customer' ? [scopeKey('ADSL1001')] : [];
  const access = new Access({ id: `${role}-1`, role, kind: 'jwt', services }, async (id) => {
    const found = 'ref' in id ? ACCOUNTS[id.ref] : undefined;
    if (!found) throw new Error('not found');
    return found;
  });
  const audit: AuditEvent[] = [];
  const rootValue = {
    brandNewReport: () => Object.keys(ACCOUNTS).map((ref) => ({ id: { ref }, ref })),
    service: ({ ref }: { ref: string }) => ({ id: { ref }, ref }),
    updateContact: ({ input }: { input: { ref: string } }) => ({ id: { ref: input.ref },
      ref: input.ref }),
    brandNewMutation: () => true,
  };
  const contextValue = { access, requestId: 'r1', audit: { record: (e: AuditEvent) =>
    audit.push(e) } };
  return graphql({ schema, source, rootValue, contextValue }).then((r) => ({ ...r, audit }));
}

describe('the access guard', () => {
  it('refuses a query or mutation missing from the policy to everyone but admin', async () => {
    for (const role of ['support', 'customer'] as const) {
      const query = await run(role, '{ brandNewReport { ref } }');
      const mutation = await run(role, 'mutation { brandNewMutation(input: { ref: "ADSL1001" }) }');
      expect(query.errors?.[0].extensions?.code ?? query.errors?.[0].originalError?.name)
        .toBeDefined();
      expect(query.errors?.[0].originalError?.constructor.name).toBe('ForbiddenError');
      expect(mutation.errors?.[0].originalError?.constructor.name).toBe('ForbiddenError');
    }
    expect((await run('admin', '{ brandNewReport { ref } }')).errors).toBeUndefined();
  });

  it("answers a customer's mutation on another's service as NOT_FOUND", async () => {
    expect(rolesForField('Mutation', 'updateContact')).toContain('customer');
    const others = await run('customer',
      'mutation { updateContact(input: { ref: "ADSL1002", email: "a@example.com" }) { ref } }');
    const missing = await run('customer',
      'mutation { updateContact(input: { ref: "ADSL9999", email: "a@example.com" }) { ref } }');
    const owns = await run('customer',
      'mutation { updateContact(input: { ref: "ADSL1001", email: "a@example.com" }) { ref } }');

    expect(others.errors?.[0].message).toBe('no such service');
    expect(missing.errors?.[0].message).toBe(others.errors?.[0].message);
    expect(owns.errors).toBeUndefined();
  });

  it('records every mutation attempt with its outcome', async () => {
    const refused = await run('customer',
      'mutation { updateContact(input: { ref: "ADSL1002" }) { ref } }');

    expect(refused.audit).toEqual([expect.objectContaining({ principalId: 'customer-1',
      role: 'customer', mutation: 'updateContact', service: 'ref:ADSL1002',
      outcome: 'NOT_FOUND' })]);
  });

  it('treats any money input as a price change, for admins only', () => {
    expect(rolesForInputField('RenameInput', 'monthlyFee')).toEqual(['admin']);
    expect(rolesForInputField('RenameInput', 'name')).toContain('support');
  });

  it('leaves a field of a new type open to whoever reached its parent', () => {
    expect(rolesForField('BrandNewType', 'anything')).toEqual(['admin', 'support', 'customer']);
  });
});
