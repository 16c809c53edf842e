/**
 * Plain values of the semantic model (D66–D68): attendees, schedules and times. They hold no nodes and depend on no
 * other package of the SDK; a {@code Document} returns them. Action items and decisions point at their list items, so
 * they live beside the nodes, in {@code org.minutes.sdk.ast}.
 */
package org.minutes.sdk.model;
