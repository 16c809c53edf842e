package org.minutes.sdk.internal.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.ast.Strong;
import org.minutes.sdk.ast.Text;
import org.minutes.sdk.model.Attendee;

/**
 * The grammar of attendee list entries: numbered entries (D32, D33), bullet entries (D34), legends, placeholders and
 * unsplittable entries (D35).
 */
public final class AttendeeEntries {

    /** What an entry turned out to be. */
    public enum Kind {
        /** A person whose fields were read from the entry. */
        PERSON,
        /** A bullet text wholly in strong emphasis, such as {@code **Name (Initials) (githubid)**} (D34). */
        LEGEND,
        /** An empty entry or one of only {@code ...}/{@code …} (D33). */
        PLACEHOLDER,
        /** An entry fitting no shape: a person named by the whole text (D35). */
        UNPARSED
    }

    /**
     * One parsed entry.
     *
     * @param kind       what the entry is
     * @param text       the entry's text, trimmed
     * @param name       the name: the whole text for {@link Kind#UNPARSED}, empty for legends and placeholders
     * @param initials   the initials, if given
     * @param github     the GitHub handle without {@code @}, if given
     * @param pieces     affiliations and role tags in order (D32)
     * @param fullShape  whether the entry has the full D32 shape, initials and a {@code (@handle)} group (D26)
     */
    public record Entry(Kind kind, String text, String name, Optional<String> initials, Optional<String> github,
                        List<String> pieces, boolean fullShape) {

        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(initials, "initials");
            Objects.requireNonNull(github, "github");
            pieces = List.copyOf(pieces);
        }

        /**
         * Turns a person or an unsplittable entry into an attendee.
         *
         * @param absent whether the entry is listed in absentia (D26)
         * @return the attendee, empty for legends and placeholders
         */
        public Optional<Attendee> attendee(boolean absent) {
            if (kind != Kind.PERSON && kind != Kind.UNPARSED) {
                return Optional.empty();
            }
            return Optional.of(new Attendee(name, initials, github, pieces, absent));
        }

        private static Entry other(Kind kind, String text) {
            return new Entry(kind, text, kind == Kind.UNPARSED ? text : "", Optional.empty(), Optional.empty(),
                    List.of(), false);
        }
    }

    private static final String WS = "[ \\t\\u00A0]";
    /** A GitHub handle as people write it in entries: starts with a letter or digit, may hold {@code -} and {@code _}. */
    private static final String HANDLE = "[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}_-]*";
    /** D32 (3): {@code (@} WS* HANDLE WS* {@code )}, matched where the first {@code (@} stands. */
    private static final Pattern HANDLE_GROUP = Pattern.compile("\\(@" + WS + "*(" + HANDLE + ")" + WS + "*\\)");
    /** After D34's {@code (INI)}: {@code (handle)}, {@code (@handle)}, {@code @handle}, {@code gh: handle} or a bare word. */
    private static final String HANDLE_AFTER_INITIALS = "(?:\\(" + WS + "*@?" + WS + "*(?<h1>" + HANDLE + ")" + WS
            + "*\\)|@(?<h2>" + HANDLE + ")|(?i:gh):" + WS + "*(?<h3>" + HANDLE + ")|(?<h4>" + HANDLE + "))";
    /** D34 {@code NAME (INI) [HANDLE]}; the bracketed text is checked to be an initials token afterwards. */
    private static final Pattern NAME_PAREN_INITIALS = Pattern.compile("(?<name>.+?)" + WS + "*\\(" + WS
            + "*(?<ini>[^()]+?)" + WS + "*\\)(?:" + WS + "+" + HANDLE_AFTER_INITIALS + ")?");
    /** D34 {@code NAME INI @handle}: a bare INI only before {@code @handle}. */
    private static final Pattern NAME_BARE_INITIALS = Pattern.compile("(?<name>.+?)" + WS + "+(?<ini>[^ \\t\\u00A0]+)"
            + WS + "+@(?<h>" + HANDLE + ")");
    /** D34 {@code NAME HANDLE} without initials: {@code (handle)}, {@code (@handle)}, {@code @handle}, {@code gh: handle}. */
    private static final Pattern NAME_HANDLE = Pattern.compile("(?<name>.+?)(?:" + WS + "*\\(" + WS + "*@?" + WS
            + "*(?<h1>" + HANDLE + ")" + WS + "*\\)|" + WS + "+@(?<h2>" + HANDLE + ")|" + WS + "+(?i:gh):" + WS
            + "*(?<h3>" + HANDLE + "))");

    private AttendeeEntries() {
    }

    /**
     * Parses the entry a list item of an attendee block holds (D32–D35). A checkbox is ignored; a speaker prefix,
     * which the parser may have split off an entry it did not know to be one (a preamble list, D26), is put back in
     * front of the text so that {@code QE: Quinn Example (@qexample)} keeps its initials.
     *
     * @param item the list item
     * @return the entry
     */
    public static Entry parse(ListItem item) {
        if (isLegend(item.content())) {
            return Entry.other(Kind.LEGEND, strip(item.plainText()));
        }
        return parse(entryText(item), item.marker().ordered());
    }

    /**
     * Parses an entry's text (D32–D35).
     *
     * @param text    the text after the list marker
     * @param ordered whether the entry is numbered (D32, D33) rather than a bullet (D34)
     * @return the entry; never a legend, which only the inline content can show
     */
    public static Entry parse(String text, boolean ordered) {
        String trimmed = strip(text);
        if (isPlaceholder(trimmed)) {
            return Entry.other(Kind.PLACEHOLDER, trimmed);
        }
        if (ordered || startsWithInitialsAndSeparator(trimmed)) {
            return numbered(trimmed);
        }
        return bullet(trimmed);
    }

    /** D32: {@code [INI (":"|","|WS)] NAME [","] ["(@" WS* HANDLE WS* ")"] ("," PIECE)* ["."]}. */
    private static Entry numbered(String trimmed) {
        String text = trimmed;
        if (text.endsWith(".") && !text.endsWith("...")) {
            text = text.substring(0, text.length() - 1);
        }
        Optional<String> initials = Optional.empty();
        int nameStart = 0;
        int token = Initials.tokenLength(text, 0, false);
        if (token > 0 && token < text.length()) {
            char after = text.charAt(token);
            if (after == ':' || after == ',' || (isWs(after) && text.contains("(@"))) {
                initials = Optional.of(text.substring(0, token));
                nameStart = token + 1;
            }
        }
        String name;
        String rest;
        Optional<String> github = Optional.empty();
        int group = text.indexOf("(@", nameStart);
        if (group >= 0) {
            Matcher m = HANDLE_GROUP.matcher(text);
            if (!m.find(group) || m.start() != group) {
                return Entry.other(Kind.UNPARSED, trimmed);
            }
            github = Optional.of(m.group(1));
            name = strip(text.substring(nameStart, group));
            if (name.endsWith(",")) {
                name = strip(name.substring(0, name.length() - 1));
            }
            if (initials.isPresent()) {
                name = withoutRepeatedInitials(name, initials.get());
            }
            rest = text.substring(m.end());
        } else {
            int comma = text.indexOf(',', nameStart);
            name = strip(comma < 0 ? text.substring(nameStart) : text.substring(nameStart, comma));
            rest = comma < 0 ? "" : text.substring(comma);
        }
        if (name.isEmpty()) {
            return Entry.other(Kind.UNPARSED, trimmed);
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : rest.split(",", -1)) {
            String p = strip(piece);
            if (!p.isEmpty()) {
                pieces.add(p);
            }
        }
        boolean fullShape = initials.isPresent() && github.isPresent();
        return new Entry(Kind.PERSON, trimmed, name, initials, github, pieces, fullShape);
    }

    /** D32 (3): a trailing {@code , INI} repeating the initials is no part of the name. */
    private static String withoutRepeatedInitials(String name, String initials) {
        if (!name.endsWith(initials)) {
            return name;
        }
        String before = stripEnd(name.substring(0, name.length() - initials.length()));
        return before.endsWith(",") ? strip(before.substring(0, before.length() - 1)) : name;
    }

    /** D34: {@code NAME [(INI) | WS INI] [HANDLE]}, or a plain name. */
    private static Entry bullet(String text) {
        if (text.chars().noneMatch(c -> c == '(' || c == ')' || c == '@' || c == ':')) {
            return new Entry(Kind.PERSON, text, text, Optional.empty(), Optional.empty(), List.of(), false);
        }
        Matcher m = NAME_PAREN_INITIALS.matcher(text);
        if (m.matches() && Initials.isToken(m.group("ini"), true)) {
            return bulletPerson(text, m.group("name"), Optional.of(m.group("ini")),
                    firstPresent(m, "h1", "h2", "h3", "h4"));
        }
        m = NAME_BARE_INITIALS.matcher(text);
        if (m.matches() && Initials.isToken(m.group("ini"), false)) {
            return bulletPerson(text, m.group("name"), Optional.of(m.group("ini")), Optional.of(m.group("h")));
        }
        m = NAME_HANDLE.matcher(text);
        if (m.matches()) {
            return bulletPerson(text, m.group("name"), Optional.empty(), firstPresent(m, "h1", "h2", "h3"));
        }
        return Entry.other(Kind.UNPARSED, text);
    }

    private static Entry bulletPerson(String text, String rawName, Optional<String> initials, Optional<String> github) {
        String name = strip(rawName);
        if (name.isEmpty()) {
            return Entry.other(Kind.UNPARSED, text);
        }
        return new Entry(Kind.PERSON, text, name, initials, github, List.of(), false);
    }

    private static Optional<String> firstPresent(Matcher m, String... groups) {
        for (String group : groups) {
            if (m.group(group) != null) {
                return Optional.of(m.group(group));
            }
        }
        return Optional.empty();
    }

    /** D34: bullets starting {@code INI:} or {@code INI,} follow D32. */
    private static boolean startsWithInitialsAndSeparator(String text) {
        int token = Initials.tokenLength(text, 0, false);
        return token > 0 && token < text.length() && (text.charAt(token) == ':' || text.charAt(token) == ',');
    }

    /** D33: an empty entry or one of only {@code ...}/{@code …} (WS between them does not matter). */
    private static boolean isPlaceholder(String trimmed) {
        return trimmed.chars().allMatch(c -> c == '.' || c == '…' || isWs(c));
    }

    /** D34: the text is wholly in strong emphasis; WS-only text around the strong part does not count. */
    private static boolean isLegend(List<Inline> content) {
        int strong = 0;
        for (Inline inline : content) {
            if (inline instanceof Strong) {
                strong++;
            } else if (!(inline instanceof Text t && strip(t.literal()).isEmpty())) {
                return false;
            }
        }
        return strong == 1;
    }

    /** The entry text: the item's plain text, after the speaker prefix the parser may have split off, rebuilt. */
    private static String entryText(ListItem item) {
        String text = item.plainText();
        if (item.speaker().isEmpty()) {
            return text;
        }
        SpeakerPrefix speaker = item.speaker().get();
        String who = String.join("/", speaker.initials());
        String qualifier = speaker.qualifier().orElse(null);
        String prefix = switch (speaker.form()) {
            case COLON -> who + (qualifier == null ? "" : " (" + qualifier + ")") + ":";
            case PAREN -> "(" + who + (qualifier == null ? "" : ", " + qualifier) + ")";
            case PAREN_COLON -> "(" + who + (qualifier == null ? "" : ", " + qualifier) + "):";
            case BRACKET -> "[" + who + (qualifier == null ? "" : ", " + qualifier) + "]";
            case BRACKET_COLON -> "[" + who + (qualifier == null ? "" : ", " + qualifier) + "]:";
        };
        return text.isEmpty() ? prefix : prefix + " " + text;
    }

    /**
     * Tells whether a character is WS in the dialect's sense (D3).
     *
     * @param c the character
     * @return whether it is a space, a tab or an NBSP
     */
    static boolean isWs(int c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /**
     * Removes WS (D3, NBSP included, unlike {@link String#strip()}) from both ends.
     *
     * @param text the text
     * @return the trimmed text
     */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWs(text.charAt(start))) {
            start++;
        }
        while (end > start && isWs(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && isWs(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
