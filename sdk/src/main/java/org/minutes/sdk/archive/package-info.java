/**
 * Meetings over time (issue 7): an {@link org.minutes.sdk.archive.Archive} reads a directory or a list of notes
 * files once, in parallel, and answers questions that span many notes: who came ({@link
 * org.minutes.sdk.archive.Person}), which action items are still open and since when ({@link
 * org.minutes.sdk.archive.TrackedItem}), which topics were left pending or deferred and where they went ({@link
 * org.minutes.sdk.archive.TrackedTopic}), what was decided ({@link org.minutes.sdk.archive.MeetingDecision}) and
 * figures per year ({@link org.minutes.sdk.archive.ArchiveStats}).
 *
 * <p>Everything is derived from each note's semantic model (D66–D68, D84, D90, D91, D93) and nothing else. Every type
 * is immutable and safe to share between threads. This package reads the AST, the model, the diagnostics and the
 * parser; no other package of the SDK depends on it.
 */
package org.minutes.sdk.archive;
