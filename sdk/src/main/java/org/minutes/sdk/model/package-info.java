/**
 * Values of the semantic model (D66–D68) derived from a {@link org.minutes.sdk.ast.Document}: attendees, times,
 * action items and decisions.
 */
package org.minutes.sdk.model;
