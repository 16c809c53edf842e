/**
 * Checks the records of the other SDK packages share. It depends on no SDK package, so every package may use it;
 * the module does not export it.
 */
package org.minutes.sdk.records;
