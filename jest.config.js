/** Tests run on the compiled output: `npm test` builds first, so types are checked once. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/test'],
  testMatch: ['**/*.test.js'],
  setupFiles: ['<rootDir>/dist/test/support/setup.js'],
  testTimeout: 20000,
};
