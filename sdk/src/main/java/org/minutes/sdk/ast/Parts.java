package org.minutes.sdk.ast;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a document the semantic model reads, available before the {@link Document} itself exists: its
 * canonical constructor computes the {@link Semantics} from them.
 *
 * @param frontMatter the front matter, if any
 * @param title    the title, if any
 * @param lead     the lead blocks
 * @param preamble the preamble blocks
 * @param sections the sections
 */
record Parts(Optional<FrontMatter> frontMatter, Optional<Title> title, List<Block> lead, List<Block> preamble, List<Section> sections) {

    /** {@return the parts of a document} */
    static Parts of(Document document) {
        return new Parts(document.frontMatter(), document.title(), document.lead(), document.preamble(), document.sections());
    }

    /** {@return the meeting date from the title (D15)} */
    Optional<LocalDate> date() {
        return title.flatMap(Title::date);
    }
}
