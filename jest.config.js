/** Tests run on the compiled output: `npm test` builds first, so types are checked once. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/test'],
  testMatch: ['**/*.test.js'],
  setupFiles: ['<rootDir>/dist/test/support/setup.js'],
  testTimeout: 20000,
  // jose is ES modules only: transformed to CommonJS for Jest, everything else left alone.
  transform: { '/node_modules/jose/.+\\.js$': '<rootDir>/test/support/esm-transform.js' },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
