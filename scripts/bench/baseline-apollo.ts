import 'reflect-metadata';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  Arg, buildSchema, Field, ID, ObjectType, Query, registerEnumType, Resolver,
} from 'type-graphql';

/*
 * The reference point for "our machinery": Apollo Server 5 and type-graphql with nothing of
 * ours, a Service-like type with the fields the benchmark asks for, resolved from memory, and
 * served as ours is: plain node:http handing Apollo `executeHTTPGraphQLRequest`.
 */

enum Status { LIVE = 'LIVE', PENDING = 'PENDING', CEASING = 'CEASING', CEASED = 'CEASED' }
enum Care { STANDARD = 'STANDARD', ENHANCED = 'ENHANCED' }
registerEnumType(Status, { name: 'ServiceStatus' });
registerEnumType(Care, { name: 'CareLevel' });

@ObjectType()
class Service {
  @Field(() => ID) ref!: string;
  @Field() username!: string;
  @Field() cli!: string;
  @Field(() => Status) status!: Status;
  @Field(() => String, { nullable: true }) productId!: string | null;
  @Field(() => String, { nullable: true }) technology!: string | null;
  @Field(() => String, { nullable: true }) ipAddress!: string | null;
  @Field(() => Care, { nullable: true }) careLevel!: Care | null;
}

const response = JSON.parse(process.env.BENCH_RESPONSE_JSON ?? '{}') as {
  data?: { service?: Service };
};
const services = new Map<string, Service>();
if (response.data?.service) services.set(response.data.service.ref, response.data.service);

@Resolver(() => Service)
class ServiceResolver {
  @Query(() => Service, { nullable: true })
  service(@Arg('ref', () => ID, { nullable: true }) ref?: string): Service | null {
    return (ref && services.get(ref)) || null;
  }
}

async function main(): Promise<void> {
  const apollo = new ApolloServer({ schema: await buildSchema({ resolvers: [ServiceResolver] }) });
  await apollo.start();

  const server = createServer((req, res) => void handle(apollo, req, res));
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`READY http://127.0.0.1:${port}/graphql\n`);
  });
  process.once('SIGTERM', () => process.exit(0));
}

async function handle(apollo: ApolloServer, req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method ?? 'POST',
      headers,
      search: '',
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
    },
    context: async () => ({}),
  });

  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.end(answer.body.string);
    return;
  }
  for await (const part of answer.body.asyncIterator) res.write(part);
  res.end();
}

void main();
