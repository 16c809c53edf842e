/**
 * JSON for meeting notes: {@link org.minutes.converters.json.JsonConverter} writes a document (or a parse result,
 * with spans and diagnostics) as JSON or NDJSON and reads it back losslessly; the JSON Schema (draft 2020-12) of the
 * output ships in this package as {@code minutes.schema.json}.
 *
 * <h2>The shape</h2>
 *
 * <p>Every object has a lower-case {@code "type"} taken from a closed list; other keys are camelCase. Absent values
 * are {@code null}, empty lists {@code []}. Enum values are lower-case names ({@code "paren_colon"}).
 *
 * <pre>{@code
 * {"type": "document", "schemaVersion": 2,
 *  "meeting": {"type": "meeting", "date": "2031-05-14", "dateSource": "title", "name": "Team Sync", ...},
 *  "attendees": [ attendees ], "actionItems": [ action items ], "topics": [ topics ], "decisions": [ decisions ],
 *  "frontMatter": {"type": "front_matter", "yaml": "tags: [meeting-notes]", "tags": ["meeting-notes"]},
 *  "lead": [],
 *  "title": {"type": "title", "draft": false, "date": "2031-05-14", "name": "Team Sync",
 *            "nameContent": [{"type": "text", "literal": "Team Sync"}]},
 *  "preamble": [ blocks ],
 *  "sections": [{"type": "section", "level": 2, "heading": [ inlines ], "headingText": "Attendees",
 *                "kind": "attendees", "blocks": [ blocks ]}]}
 * }</pre>
 *
 * <table class="striped">
 * <caption>Types and keys; derived keys in italics</caption>
 * <tr><th>type</th><th>keys</th></tr>
 * <tr><td>{@code document}</td><td>{@code schemaVersion} (2; version 1 is read too), {@code meeting},
 *     <i>{@code attendees}</i> (objects of type {@code attendee}), <i>{@code actionItems}</i>, <i>{@code topics}</i>,
 *     <i>{@code decisions}</i> (each in document order), {@code frontMatter} (or null),
 *     {@code lead}, {@code title} (or null), {@code preamble}, {@code sections}, <i>{@code diagnostics}</i>
 *     (option)</td></tr>
 * <tr><td>{@code meeting}</td><td><i>{@code date}</i> ({@code YYYY-MM-DD} or null, D84), <i>{@code dateSource}</i>
 *     ({@code title}, {@code front_matter}, {@code title_suffix}, {@code date_line}, {@code source_name} or null),
 *     <i>{@code name}</i> (D15, D84), {@code sourceName} (or null, D84 (4)), <i>{@code start}</i> (the primary time,
 *     D21, D85: {@code 2031-05-16T17:00:00Z} with date and zone, else a local date-time or time; or
 *     null)</td></tr>
 * <tr><td><i>{@code topic}</i></td><td>{@code text}, {@code state} ({@code discussed}, {@code pending},
 *     {@code untracked}), {@code speakers} (as written), {@code section} (D25 id); D67 (2)</td></tr>
 * <tr><td><i>{@code action_item}</i></td><td>{@code text}, {@code done}, {@code assignees} (objects of type
 *     {@code assignee}: {@code who} as written, {@code attendee} the name it resolves to or null, {@code github}
 *     that attendee's handle or null), {@code section}; D67 (1), D93</td></tr>
 * <tr><td><i>{@code decision}</i></td><td>{@code text}, {@code speakers} (as written); D68</td></tr>
 * <tr><td>{@code front_matter}</td><td>{@code yaml} (raw text), <i>{@code tags}</i></td></tr>
 * <tr><td>{@code title}</td><td>{@code draft}, {@code date} ({@code YYYY-MM-DD} or null), <i>{@code name}</i>
 *     (plain text), {@code nameContent} (inlines)</td></tr>
 * <tr><td>{@code section}</td><td>{@code level}, {@code heading} (inlines), <i>{@code headingText}</i>,
 *     <i>{@code kind}</i> (D25 id), {@code blocks}</td></tr>
 * <tr><td>{@code paragraph}</td><td>{@code content} (inlines), <i>{@code text}</i></td></tr>
 * <tr><td>{@code head_count}</td><td>{@code text} (as written), <i>{@code count}</i> (or null)</td></tr>
 * <tr><td>{@code list}</td><td><i>{@code ordered}</i>, {@code items}, <i>{@code attendees}</i> (attendee blocks
 *     only)</td></tr>
 * <tr><td>{@code list_item}</td><td>{@code marker} ({@code dash}, {@code star}, {@code ordered}),
 *     {@code checkbox} ({@code open}, {@code done} or null), {@code checkboxLetter} ({@code " "}, {@code x},
 *     {@code X} or null), {@code speakers} (objects of type {@code speaker}), {@code speakerForm}
 *     ({@code colon}, {@code paren}, {@code paren_colon}, {@code bracket}, {@code bracket_colon},
 *     {@code bracket_escaped} for {@code \[QE\]} (D92), {@code name_colon}, {@code name_paren},
 *     {@code name_bracket} for a name speaker (D91), or null), {@code speakerQualifier} (or null),
 *     {@code speakerEmphasis} ({@code none}, {@code colon_inside} for {@code **Quinn:**}, {@code colon_outside}
 *     for {@code **Quinn**:}; null unless the form is {@code name_colon}; a missing key reads as null),
 *     {@code content} (inlines), <i>{@code text}</i>, {@code children} (blocks)</td></tr>
 * <tr><td>{@code speaker}</td><td>{@code initials} (D48) or, for the name forms, {@code name} (D91), as written;
 *     <i>{@code attendee}</i>: the name of the attendee it resolves to (D53, D90, D91) or null, for the items of a
 *     document</td></tr>
 * <tr><td>{@code table}</td><td>{@code header} (a {@code table_row}), {@code rows}, <i>{@code attendees}</i>
 *     (attendee blocks only)</td></tr>
 * <tr><td>{@code table_row}</td><td>{@code cells}</td></tr>
 * <tr><td>{@code table_cell}</td><td>{@code content} (inlines), <i>{@code text}</i></td></tr>
 * <tr><td>{@code code_block}</td><td>{@code fenceChar}, {@code fenceLength}, {@code info}, {@code lines}</td></tr>
 * <tr><td>{@code comment}</td><td>{@code lines}</td></tr>
 * <tr><td>{@code block_quote}</td><td>{@code paragraphs}</td></tr>
 * <tr><td>{@code thematic_break}</td><td>(none)</td></tr>
 * <tr><td>{@code text}, {@code code}</td><td>{@code literal}</td></tr>
 * <tr><td>{@code soft_break}</td><td>(none)</td></tr>
 * <tr><td>{@code link}, {@code image}</td><td>{@code content} (inlines), {@code destination}</td></tr>
 * <tr><td>{@code bare_url}</td><td>{@code url}</td></tr>
 * <tr><td>{@code emphasis}</td><td>{@code delimiter} ({@code *} or {@code _}), {@code content}</td></tr>
 * <tr><td>{@code strong}, {@code strikethrough}</td><td>{@code content}</td></tr>
 * <tr><td>{@code emoji}</td><td>{@code name}</td></tr>
 * <tr><td>{@code mention}</td><td>{@code handle}, {@code team} (or null)</td></tr>
 * <tr><td><i>{@code attendee}</i></td><td>{@code name}, {@code initials}, {@code github} (each string or null
 *     but {@code name}), {@code affiliations}, {@code absent}</td></tr>
 * <tr><td><i>{@code diagnostic}</i></td><td>{@code code}, {@code severity}, {@code rule}, {@code message},
 *     {@code span}</td></tr>
 * <tr><td><i>{@code span}</i></td><td>{@code start}, {@code end} (UTF-16 offsets, half-open),
 *     {@code startLine}, {@code startColumn}, {@code endLine}, {@code endColumn} (1-based, columns in code
 *     points)</td></tr>
 * </table>
 *
 * <h2>Derived values</h2>
 *
 * <p>The keys in italics are derived by the SDK and written for readers' convenience; the schema marks them
 * {@code readOnly}. Reading ignores them, as it ignores {@code "span"}, {@code "diagnostics"} and unknown keys, and
 * rebuilds the AST from the other keys, all of which it requires. So the title's plain {@code "name"} sits beside its
 * inline {@code "nameContent"}. The {@code "meeting"} object gathers what the SDK reads of the whole document; its one
 * key that is no derived value is {@code "sourceName"}, the name the notes were parsed with (D84 (4)): reading keeps
 * it, so that the rebuilt document means the same. {@code "meeting"} and a list item's {@code "speakerEmphasis"} came
 * with name speakers and the other sources of dates (D84–D96); reading accepts JSON written before them, without.
 *
 * <p>Attendee blocks (D26) are the top-level tables and lists of {@code attendees} and {@code attendees_absentia}
 * sections, which always carry {@code "attendees"} (possibly empty), and a preamble list the SDK counts as one
 * (with {@code "attendees"} only when it names someone). A block's attendees are its share of
 * {@link org.minutes.sdk.ast.Document#attendees()}; blocks outside a document (written through
 * {@link org.minutes.converters.json.JsonConverter#module()}) carry none.
 *
 * <h2>Spans and diagnostics</h2>
 *
 * <p>Converting a {@link org.minutes.sdk.ParseResult} with {@link org.minutes.converters.json.JsonOptions#spans()}
 * adds a {@code "span"} to every node the source map knows; {@link org.minutes.converters.json.JsonOptions#diagnostics()}
 * adds the root's {@code "diagnostics"} array.
 *
 * <h2>Safety</h2>
 *
 * <p>Type ids are never class names, the list of ids is closed, and reading dispatches on it by name: no Jackson
 * default typing, no class loaded or instantiated because the input names it. Duplicate keys and trailing content
 * are refused. Reading is bounded: nesting, numbers, strings and {@code "fenceLength"} have the limits
 * {@link org.minutes.converters.json.JsonConverter} documents, and lone surrogates are refused. Anything else that is
 * not a document of this shape raises a {@link org.minutes.converters.json.JsonFormatException} naming the JSON Pointer
 * of the problem.
 */
package org.minutes.converters.json;
