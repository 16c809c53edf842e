/**
 * Diagnostics: the catalogue of stable codes (D69, D95) with their severities, and
 * {@link org.minutes.sdk.diagnostic.Diagnostic}, which ties a code to a place in the source. The AST's invariant
 * checks report these codes too, so they live apart from the parser's entry point.
 */
package org.minutes.sdk.diagnostic;
