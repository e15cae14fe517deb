/**
 * Jest runs CommonJS, and jose 6 ships ES modules only (Node itself loads them through
 * require). This turns those files into CommonJS with the TypeScript compiler we already have.
 */
const ts = require('typescript');

module.exports = {
  process(source, filename) {
    const output = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
        esModuleInterop: true,
      },
    });
    return { code: output.outputText };
  },
};
