package org.minutes.sdk.model;

/**
 * Where the meeting date came from (D84), in the order the sources are tried: the first that gives a date wins.
 */
public enum DateSource {
    /** (0) The title's leading {@code YYYY-MM-DD} (D15). */
    TITLE("title"),
    /** (1) The front matter's {@code date:} value. */
    FRONT_MATTER("front_matter"),
    /** (2) An ISO date at the end of the title: {@code # Widget sync (2031-01-06)}. */
    TITLE_SUFFIX("title_suffix"),
    /** (3) A {@code Date:} label in the preamble or the first section. */
    DATE_LINE("date_line"),
    /** (4) The source name the parser was given: a file name, its folder, or a {@code YYYY} folder. */
    SOURCE_NAME("source_name");

    private final String id;

    DateSource(String id) {
        this.id = id;
    }

    /** {@return the stable id of the source, as D84 names it: {@code title}, {@code front_matter}, …} */
    public String id() {
        return id;
    }
}
