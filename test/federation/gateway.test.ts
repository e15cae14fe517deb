import { ApolloServer } from '@apollo/server';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import gql from 'graphql-tag';
import { startStack, type TestStack } from '../support/stack';

/** A portal's own subgraph: its customers, each pointing at one of our services. */
const PORTAL_SDL = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Customer @key(fields: "id") {
    id: ID!
    name: String!
    service: Service
  }

  type Service @key(fields: "ref", resolvable: false) {
    ref: ID!
  }

  type Query {
    customer(id: ID!): Customer
  }
`;

const portalSchema = buildSubgraphSchema({
  typeDefs: PORTAL_SDL,
  resolvers: {
    Query: {
      customer: (_root: unknown, args: { id: string }) => ({
        id: args.id,
        name: 'Clara Trucker',
        service: { __typename: 'Service', ref: 'ADSL100004' },
      }),
    },
  },
});

let stack: TestStack;
let gateway: ApolloServer;

beforeAll(async () => {
  stack = await startStack();
  const ours = await stack.gql<{ _service: { sdl: string } }>('{ _service { sdl } }');

  const composed = composeServices([
    { name: 'enta', typeDefs: gql(ours.data!._service.sdl), url: stack.app.url },
    { name: 'portal', typeDefs: PORTAL_SDL, url: 'http://portal.invalid/graphql' },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));

  gateway = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: composed.supergraphSdl,
      buildService: ({ name, url }) =>
        name === 'portal'
          ? new LocalGraphQLDataSource(portalSchema)
          : new RemoteGraphQLDataSource({ url }),
    }),
  });
  await gateway.start();
});
afterAll(async () => {
  await gateway.stop();
  await stack.close();
});

describe('federation', () => {
  it('composes with a portal subgraph and answers a query that crosses both', async () => {
    const direct = await stack.gql('{ service(ref: "ADSL100004") { ref cli status careLevel } }');
    stack.simulator.clearRequests();

    const response = await gateway.executeOperation({
      query: '{ customer(id: "c-1") { name service { ref cli status careLevel } } }',
    });

    const body = response.body as {
      kind: 'single';
      singleResult: { data?: any; errors?: unknown };
    };
    expect(body.singleResult.errors).toBeUndefined();
    expect(body.singleResult.data.customer).toEqual({
      name: 'Clara Trucker',
      service: direct.data!.service,
    });
    expect(stack.simulator.requests.map((request) => request.operation)).toEqual(['AdslAccount']);
  });

  it('resolves Service, Order and Line entities by key through _entities', async () => {
    const result = await stack.gql(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Service { ref username }
        ... on Order { ref }
        ... on Line { cli qualifies }
      } }`,
      { reps: [
        { __typename: 'Service', ref: 'ADSL100004' },
        { __typename: 'Service', ref: 'ADSL999999' },
        { __typename: 'Order', ref: 'ADSL100004' },
        { __typename: 'Line', cli: '02079460005' },
      ] },
    );

    expect(result.errors).toBeUndefined();
    const [service, missing, order, line] = result.data!._entities;
    expect(service.ref).toBe('ADSL100004');
    expect(missing).toBeNull();
    expect(order).toEqual({ ref: 'ADSL100004' });
    expect(line.cli).toBe('02079460005');
  });
});
