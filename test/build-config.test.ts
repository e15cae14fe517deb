import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SERVER_FOLDERS = ['src', 'types', 'resolvers', 'scripts'];

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the server build', () => {
  it('compiles without test/, whose generated client exists only after `npm test`', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8'));

    expect(config.include).toEqual(SERVER_FOLDERS);
  });

  it('has no server source that imports from test/', () => {
    const offenders = SERVER_FOLDERS.flatMap((folder) => sourcesUnder(join(ROOT, folder)))
      .filter((file) => /from '(\.\.\/)+test\//.test(readFileSync(file, 'utf8')));

    expect(offenders).toEqual([]);
  });
});
