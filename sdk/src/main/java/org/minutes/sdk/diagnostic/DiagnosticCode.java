package org.minutes.sdk.diagnostic;

/** The stable diagnostic codes of the dialect (D69), each with its severity and the rule that defines it. */
public enum DiagnosticCode {
    /** {@code front-matter/bad-tags}, warning (D9). */
    FRONT_MATTER_BAD_TAGS("front-matter/bad-tags", Severity.WARNING, "D9"),
    /** {@code front-matter/invalid-yaml}, error (D10). */
    FRONT_MATTER_INVALID_YAML("front-matter/invalid-yaml", Severity.ERROR, "D10"),
    /**
     * {@code front-matter/too-large}, error (D10): the front matter exceeds
     * {@link org.minutes.sdk.ast.FrontMatter#MAX_CODE_POINTS} code points, or its aliases of collections exceed
     * {@link org.minutes.sdk.ast.FrontMatter#MAX_ALIASES}; its raw text is kept and it has no values.
     */
    FRONT_MATTER_TOO_LARGE("front-matter/too-large", Severity.ERROR, "D10"),
    /** {@code front-matter/duplicate-key}, warning (D10): a mapping repeats a key; the last value counts. */
    FRONT_MATTER_DUPLICATE_KEY("front-matter/duplicate-key", Severity.WARNING, "D10"),
    /**
     * {@code front-matter/unsupported-tag}, warning (D10): a value tagged {@code !!binary}, {@code !!set},
     * {@code !!omap}, {@code !!pairs} or with an unknown tag; it reads as null.
     */
    FRONT_MATTER_UNSUPPORTED_TAG("front-matter/unsupported-tag", Severity.WARNING, "D10"),
    /** {@code front-matter/malformed-opener}, warning (D11). */
    FRONT_MATTER_MALFORMED_OPENER("front-matter/malformed-opener", Severity.WARNING, "D11"),
    /** {@code front-matter/unclosed}, error (D12). */
    FRONT_MATTER_UNCLOSED("front-matter/unclosed", Severity.ERROR, "D12"),
    /** {@code title/not-first}, warning (D7). */
    TITLE_NOT_FIRST("title/not-first", Severity.WARNING, "D7"),
    /** {@code title/missing}, warning (D14). */
    TITLE_MISSING("title/missing", Severity.WARNING, "D14"),
    /** {@code title/no-date}, info (D15). */
    TITLE_NO_DATE("title/no-date", Severity.INFO, "D15"),
    /** {@code title/invalid-date}, warning (D16). */
    TITLE_INVALID_DATE("title/invalid-date", Severity.WARNING, "D16"),
    /** {@code preamble/bad-time}, warning (D19). */
    PREAMBLE_BAD_TIME("preamble/bad-time", Severity.WARNING, "D19"),
    /** {@code preamble/unknown-time-zone}, warning (D20). */
    PREAMBLE_UNKNOWN_TIME_ZONE("preamble/unknown-time-zone", Severity.WARNING, "D20"),
    /** {@code preamble/date-mismatch}, info (D21). */
    PREAMBLE_DATE_MISMATCH("preamble/date-mismatch", Severity.INFO, "D21"),
    /** {@code table/not-a-table}, info (D27). */
    TABLE_NOT_A_TABLE("table/not-a-table", Severity.INFO, "D27"),
    /** {@code table/lone-pipe}, warning (D29). */
    TABLE_LONE_PIPE("table/lone-pipe", Severity.WARNING, "D29"),
    /** {@code table/missing-trailing-pipe}, info (D29). */
    TABLE_MISSING_TRAILING_PIPE("table/missing-trailing-pipe", Severity.INFO, "D29"),
    /** {@code table/extra-cells}, warning (D29). */
    TABLE_EXTRA_CELLS("table/extra-cells", Severity.WARNING, "D29"),
    /** {@code table/no-name-column}, warning (D30). */
    TABLE_NO_NAME_COLUMN("table/no-name-column", Severity.WARNING, "D30"),
    /** {@code attendees/no-heading}, info (D26). */
    ATTENDEES_NO_HEADING("attendees/no-heading", Severity.INFO, "D26"),
    /** {@code attendees/missing-name}, warning (D30). */
    ATTENDEES_MISSING_NAME("attendees/missing-name", Severity.WARNING, "D30"),
    /** {@code attendees/placeholder}, info (D33). */
    ATTENDEES_PLACEHOLDER("attendees/placeholder", Severity.INFO, "D33"),
    /** {@code attendees/unparsed-entry}, warning (D35). */
    ATTENDEES_UNPARSED_ENTRY("attendees/unparsed-entry", Severity.WARNING, "D35"),
    /** {@code list/inconsistent-indent}, info (D40). */
    LIST_INCONSISTENT_INDENT("list/inconsistent-indent", Severity.INFO, "D40"),
    /** {@code list/too-deep}, warning (D41). */
    LIST_TOO_DEEP("list/too-deep", Severity.WARNING, "D41"),
    /** {@code speaker/ambiguous}, info (D53). */
    SPEAKER_AMBIGUOUS("speaker/ambiguous", Severity.INFO, "D53"),
    /** {@code speaker/unresolved}, info (D53). */
    SPEAKER_UNRESOLVED("speaker/unresolved", Severity.INFO, "D53"),
    /** {@code date/mismatch}, info (D84): a later date source gives another date than the winning one. */
    DATE_MISMATCH("date/mismatch", Severity.INFO, "D84"),
    /** {@code envelope/invalid-utf8}, warning (D1). */
    ENVELOPE_INVALID_UTF8("envelope/invalid-utf8", Severity.WARNING, "D1"),
    /** {@code heading/deep-level}, info (D13). */
    HEADING_DEEP_LEVEL("heading/deep-level", Severity.INFO, "D13"),
    /** {@code headcount/placeholder}, info (D36). */
    HEADCOUNT_PLACEHOLDER("headcount/placeholder", Severity.INFO, "D36"),
    /** {@code item/malformed-checkbox}, warning (D46). */
    ITEM_MALFORMED_CHECKBOX("item/malformed-checkbox", Severity.WARNING, "D46"),
    /** {@code comment/unclosed}, warning (D62). */
    COMMENT_UNCLOSED("comment/unclosed", Severity.WARNING, "D62"),
    /** {@code code/unclosed-fence}, warning (D63). */
    CODE_UNCLOSED_FENCE("code/unclosed-fence", Severity.WARNING, "D63");

    private final String id;
    private final Severity severity;
    private final String rule;

    DiagnosticCode(String id, Severity severity, String rule) {
        this.id = id;
        this.severity = severity;
        this.rule = rule;
    }

    /** {@return the stable code: {@code front-matter/malformed-opener}} */
    public String id() {
        return id;
    }

    /** {@return the severity the dialect gives this code} */
    public Severity severity() {
        return severity;
    }

    /** {@return the dialect rule that defines the code: {@code D11}} */
    public String rule() {
        return rule;
    }

    /**
     * Finds a code by its id.
     *
     * @param id a code such as {@code title/missing}
     * @return the code
     * @throws IllegalArgumentException if no code has that id
     */
    public static DiagnosticCode ofId(String id) {
        for (DiagnosticCode code : values()) {
            if (code.id.equals(id)) {
                return code;
            }
        }
        throw new IllegalArgumentException("unknown diagnostic code " + id);
    }
}
