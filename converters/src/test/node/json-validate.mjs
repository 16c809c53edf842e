// Compiles a JSON Schema (draft 2020-12) with ajv, the most used JSON Schema validator, in strict mode with
// ajv-formats, then validates each JSON file against it. Prints one line per invalid file with ajv's errors and exits
// with status 1 when any is invalid or the schema does not compile.
// Usage: node json-validate.mjs SCHEMA FILE...
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [schemaFile, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
} catch (e) {
  console.error(`${schemaFile}: ajv cannot compile the schema: ${e.message}`);
  process.exit(1);
}
let invalid = 0;
for (const file of files) {
  if (!validate(JSON.parse(readFileSync(file, 'utf8')))) {
    invalid++;
    console.error(`${file}: ${ajv.errorsText(validate.errors)}`);
  }
}
console.log(`${files.length - invalid} of ${files.length} valid`);
process.exit(invalid === 0 ? 0 : 1);
