package org.minutes.sdk.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a document, checked, available before the {@link Document} itself exists: its constructors check the
 * parts here, once, and compute the {@link Semantics} from them.
 *
 * @param frontMatter the front matter, if any
 * @param title    the title, if any
 * @param lead     the lead blocks
 * @param preamble the preamble blocks
 * @param sections the sections
 */
record Parts(Optional<FrontMatter> frontMatter, Optional<Title> title, List<Block> lead, List<Block> preamble,
             List<Section> sections) {

    /**
     * Checks the parts against the document's invariants (D7, D14, D36, D44) and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    Parts {
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(title, "title");
        lead = Checks.blocks(lead, "lead");
        preamble = Checks.blocks(preamble, "preamble");
        sections = Checks.list(sections, "sections");
        if (title.isEmpty() && !sections.isEmpty() && sections.get(0).level() == 1) {
            throw new IllegalArgumentException("without a title the first section cannot have level 1: it would be "
                    + "the title (D14)");
        }
        if (title.isEmpty() && !lead.isEmpty()) {
            throw new IllegalArgumentException("a document without title has no lead blocks (D7): "
                    + lead.size() + " given");
        }
    }

    /** {@return the parts of a document, as checked when it was built} */
    static Parts of(Document document) {
        return document.semantics().parts();
    }

    /** {@return whether these are the very instances given, so that they were checked here} */
    boolean are(Optional<FrontMatter> frontMatter, Optional<Title> title, List<Block> lead, List<Block> preamble,
                List<Section> sections) {
        return this.frontMatter == frontMatter && this.title == title && this.lead == lead
                && this.preamble == preamble && this.sections == sections;
    }
}
