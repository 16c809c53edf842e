package org.minutes.sdk.ast;

/** A block: the unit of the preamble, of sections and of list items (D8). */
public sealed interface Block extends Node permits Paragraph, HeadCount, ListBlock, Table, CodeBlock, Comment,
        BlockQuote, ThematicBreak {
}
