package org.minutes.sdk.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.minutes.sdk.syntax.Initials;
import org.minutes.sdk.syntax.SpeakerNames;
import org.minutes.sdk.syntax.SpeakerPrefixes;
import org.minutes.sdk.syntax.Whitespace;

/**
 * The speaker prefix of a list item (D47–D50, D91, D92): who speaks, an optional qualifier and the form it was
 * written in.
 *
 * <pre>
 * - [x] (QE, away, please read aloud) vote!
 * - RT &amp; QE: notices
 * - **Quinn**: looks good
 * </pre>
 *
 * <p>A name speaker (D91, a {@linkplain SpeakerForm#isName() name form}) holds exactly one name as written in
 * {@code initials}, no qualifier, and, for {@link SpeakerForm#NAME_COLON}, whether it stood in strong emphasis (D70).
 * Whether the name is that of a listed attendee is the document's invariant, not the prefix's: see {@link Document}.
 *
 * @param initials  the speakers as written in order, at least one: initials tokens (D48), or one name (D91)
 * @param qualifier the qualifier text, if any, trimmed and on one line; none for a name speaker
 * @param form      how the prefix was written
 * @param emphasis  how a {@link SpeakerForm#NAME_COLON} name stood in strong emphasis; {@code NONE} for other forms
 */
public record SpeakerPrefix(List<String> initials, Optional<String> qualifier, SpeakerForm form,
                            NameEmphasis emphasis) {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public SpeakerPrefix {
        initials = Checks.list(initials, "initials");
        if (initials.isEmpty()) {
            throw new IllegalArgumentException("a speaker prefix needs at least one speaker (D50)");
        }
        for (String who : initials) {
            Checks.singleLine(who, "initials");
            if (who.isEmpty()) {
                throw new IllegalArgumentException("initials must not be empty");
            }
        }
        Objects.requireNonNull(qualifier, "qualifier");
        qualifier.ifPresent(q -> {
            Checks.singleLine(q, "qualifier");
            if (Whitespace.isBlank(q)) {
                throw new IllegalArgumentException("qualifier " + Checks.quote(q) + " must not be blank");
            }
        });
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(emphasis, "emphasis");
        if (emphasis != NameEmphasis.NONE && form != SpeakerForm.NAME_COLON) {
            throw new IllegalArgumentException("only a NAME_COLON speaker stands in strong emphasis (D91), not "
                    + form);
        }
        if (form.isName()) {
            checkName(initials, qualifier);
        } else {
            checkInitials(initials, qualifier, form);
        }
    }

    /** D48–D51: initials tokens (lower-case ones in parentheses only), and a qualifier that closes the prefix. */
    private static void checkInitials(List<String> initials, Optional<String> qualifier, SpeakerForm form) {
        boolean paren = form == SpeakerForm.PAREN || form == SpeakerForm.PAREN_COLON;
        for (String who : initials) {
            if (!Initials.isToken(who, paren)) {
                throw new IllegalArgumentException("initials " + Checks.quote(who) + " are no initials token"
                        + (paren ? "" : " outside parentheses") + " (D48, D51)");
            }
        }
        qualifier.ifPresent(q -> checkQualifier(q, form, paren));
    }

    /**
     * Builds a prefix without strong emphasis: every initials form, and name forms written plainly.
     *
     * @param initials  the speakers as written in order, at least one: initials tokens (D48), or one name (D91)
     * @param qualifier the qualifier text, if any, trimmed and on one line
     * @param form      how the prefix was written
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public SpeakerPrefix(List<String> initials, Optional<String> qualifier, SpeakerForm form) {
        this(initials, qualifier, form, NameEmphasis.NONE);
    }

    /** D91: one name speaker, name-shaped, without qualifier. */
    private static void checkName(List<String> names, Optional<String> qualifier) {
        if (names.size() != 1) {
            throw new IllegalArgumentException("a name speaker is one name, no joint names (D91): " + names);
        }
        if (!SpeakerNames.isName(names.get(0))) {
            throw new IllegalArgumentException("speaker " + Checks.quote(names.get(0)) + " is no name: one or two "
                    + "words of letters, -, ' or ., or a handle without @ (D91)");
        }
        if (qualifier.isPresent()) {
            throw new IllegalArgumentException("a name speaker has no qualifier (D91)");
        }
    }

    /**
     * Builds the prefix the vocabulary read from text (D49, D50).
     *
     * @param reading what {@link SpeakerPrefixes#read} found
     * @return the prefix with the same speakers, qualifier and form
     */
    public static SpeakerPrefix of(SpeakerPrefixes.Reading reading) {
        SpeakerForm form = switch (reading.form()) {
            case COLON -> SpeakerForm.COLON;
            case PAREN -> SpeakerForm.PAREN;
            case PAREN_COLON -> SpeakerForm.PAREN_COLON;
            case BRACKET -> SpeakerForm.BRACKET;
            case BRACKET_COLON -> SpeakerForm.BRACKET_COLON;
            case BRACKET_ESCAPED -> SpeakerForm.BRACKET_ESCAPED;
        };
        return new SpeakerPrefix(reading.who(), reading.qualifier(), form);
    }

    /**
     * Builds the name speaker the vocabulary read from text (D91), once the attendee list has shown it to be one.
     *
     * @param reading what {@link SpeakerPrefixes#readName} found
     * @return the prefix with the same name, form and emphasis
     */
    public static SpeakerPrefix of(SpeakerPrefixes.NameReading reading) {
        SpeakerForm form = switch (reading.form()) {
            case COLON -> SpeakerForm.NAME_COLON;
            case PAREN -> SpeakerForm.NAME_PAREN;
            case BRACKET -> SpeakerForm.NAME_BRACKET;
        };
        NameEmphasis emphasis = switch (reading.emphasis()) {
            case NONE -> NameEmphasis.NONE;
            case COLON_INSIDE -> NameEmphasis.COLON_INSIDE;
            case COLON_OUTSIDE -> NameEmphasis.COLON_OUTSIDE;
        };
        return new SpeakerPrefix(List.of(reading.name()), Optional.empty(), form, emphasis);
    }

    /**
     * D49, D50: the qualifier is trimmed, its brackets balance so that the prefix closes where it should, and in
     * brackets its first piece is no initials token (else it would be one more speaker).
     */
    private static void checkQualifier(String q, SpeakerForm form, boolean paren) {
        if (Whitespace.is(q.charAt(0)) || Whitespace.is(q.charAt(q.length() - 1))) {
            throw new IllegalArgumentException("qualifier " + Checks.quote(q) + " must be trimmed");
        }
        char open = form == SpeakerForm.BRACKET || form == SpeakerForm.BRACKET_COLON
                || form == SpeakerForm.BRACKET_ESCAPED ? '[' : '(';
        char close = open == '[' ? ']' : ')';
        if (!SpeakerPrefixes.closesAfter(q, open, close)) {
            throw new IllegalArgumentException("qualifier " + Checks.quote(q) + " must balance " + open + close
                    + " outside backslash escapes and not end in a backslash (D61)");
        }
        if (form != SpeakerForm.COLON) {
            int end = 0;
            while (end < q.length() && ":/,;&+".indexOf(q.charAt(end)) < 0) {
                end++;
            }
            String piece = Whitespace.trim(q.substring(0, end));
            if (piece.isEmpty() || Initials.isToken(piece, paren)) {
                throw new IllegalArgumentException("qualifier " + Checks.quote(q) + " must not start with a "
                        + "separator or initials (D50)");
            }
        }
    }

    /**
     * {@return the prefix as the canonical form writes it (D49, D50, D71): joint speakers joined by {@code /};
     * qualifiers as {@code (WHO, Q)} or {@code WHO (Q):}; escaped brackets as {@code \[WHO\]} (D92); a name speaker
     * as stored, in its strong emphasis if it had one (D70, D91): {@code Quinn:}, {@code **Quinn**:},
     * {@code **Quinn:**}, {@code (Quinn)}, {@code [Quinn]}}
     */
    public String written() {
        String who = String.join("/", initials);
        String withQualifier = who + qualifier.map(q -> ", " + q).orElse("");
        return switch (form) {
            case COLON -> who + qualifier.map(q -> " (" + q + ")").orElse("") + ":";
            case PAREN, NAME_PAREN -> "(" + withQualifier + ")";
            case PAREN_COLON -> "(" + withQualifier + "):";
            case BRACKET, NAME_BRACKET -> "[" + withQualifier + "]";
            case BRACKET_COLON -> "[" + withQualifier + "]:";
            case BRACKET_ESCAPED -> "\\[" + withQualifier + "\\]";
            case NAME_COLON -> switch (emphasis) {
                case NONE -> who + ":";
                case COLON_OUTSIDE -> "**" + who + "**:";
                case COLON_INSIDE -> "**" + who + ":**";
            };
        };
    }

    /** {@return a prefix of one speaker in the {@code QE:} form, without qualifier} */
    public static SpeakerPrefix of(String initials) {
        return new SpeakerPrefix(List.of(initials), Optional.empty(), SpeakerForm.COLON);
    }
}
