package org.minutes.sdk.ast;

/** Inline content of paragraphs, headings, items and table cells (D54). */
public sealed interface Inline extends Node permits Text, SoftBreak, Code, Link, Image, BareUrl, Emphasis, Strong,
        Strikethrough, Emoji, Mention {
}
