package org.minutes.sdk.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutes.sdk.records.Components;

/**
 * The shapes of attendee entries as text (D32–D35): numbered entries
 * {@code [INI (":"|","|WS)] NAME [","] ["(@" WS* HANDLE WS* ")"] ("," PIECE)* ["."]}, bullet entries
 * {@code NAME [(INI) | WS INI] [HANDLE]}, placeholders, and the "full shape" (initials and {@code (@handle)}) that makes
 * a preamble list an attendee list (D26). The parser asks {@link #isFullShape(String, boolean)} while building lists,
 * the semantic model reads entries with {@link #parse(String, boolean)}: one definition for both.
 */
public final class AttendeeEntryShapes {

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

        /**
         * Checks that no component is null and copies the pieces.
         *
         * @throws NullPointerException naming the missing component
         */
        public Entry {
            Components.requireNonNull("kind text name initials github", kind, text, name, initials, github);
            pieces = List.copyOf(pieces);
        }

        static Entry other(Kind kind, String text) {
            return new Entry(kind, text, kind == Kind.UNPARSED ? text : "", Optional.empty(), Optional.empty(),
                    List.of(), false);
        }
    }

    private static final String WS = Whitespace.CLASS;
    /** A GitHub handle as people write it in entries: starts with a letter or digit, may hold {@code -} and {@code _}. */
    private static final String HANDLE = "[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}_-]*";
    /** D32 (3): {@code (@} WS* HANDLE WS* {@code )}, matched where the first {@code (@} stands. */
    private static final Pattern HANDLE_GROUP = Whitespace.compile("\\(@" + WS + "*(" + HANDLE + ")" + WS + "*\\)");
    private static final Pattern HANDLE_ONLY = Whitespace.compile(HANDLE);
    /** D88: {@code @handle}, {@code \@handle}, or either in backticks. */
    private static final Pattern AT_HANDLE = Whitespace.compile("`?\\\\?@(" + HANDLE + ")`?");
    /** D88: a part ending in {@code (github)}: its value is the handle before it. */
    private static final Pattern GITHUB_SUFFIX = Whitespace.compile("`?\\\\?@?(" + HANDLE + ")`?" + WS
            + "*\\((?i:github)\\)");
    /** D88: a part ending in a {@code (@handle)} group; the rest of the part is the name. */
    private static final Pattern HANDLE_GROUP_SUFFIX = Whitespace.compile("(.*?)\\(@" + WS + "*(" + HANDLE + ")" + WS
            + "*\\)");

    /** How a D34 handle was written; a bare word counts only after {@code (INI)}. */
    private enum HandleForm {
        PAREN, AT, GH, BARE
    }

    private AttendeeEntryShapes() {
    }

    /**
     * Tells whether an entry's text has the full D32 shape: initials and a {@code (@handle)} group (D26).
     *
     * @param text    the text after the list marker
     * @param ordered whether the entry is numbered rather than a bullet
     * @return whether a preamble list holding it is an attendee list
     */
    public static boolean isFullShape(String text, boolean ordered) {
        // The full shape has a (@handle) group: most list items have none, and need no parse.
        return text.contains("(@") && parse(text, ordered).fullShape();
    }

    /**
     * Parses an entry's text (D32–D35, D88, D89) without legend.
     *
     * @param text    the text after the list marker
     * @param ordered whether the entry is numbered (D32, D33) rather than a bullet (D34)
     * @return the entry; never a legend, which only the inline content and the entry's place can show
     */
    public static Entry parse(String text, boolean ordered) {
        return parse(text, ordered, List.of());
    }

    /**
     * Parses an entry's text (D32–D35, D88, D89): placeholders first (D33, D89), then D32 entries, slash entries
     * (D88), then D32–D34.
     *
     * @param text    the text after the list marker, emphasis removed
     * @param ordered whether the entry is numbered (D32, D33) rather than a bullet (D34)
     * @param legend  the fields of the block's legend in order (D87), empty without legend
     * @return the entry; never a legend, which only the inline content and the entry's place can show
     */
    public static Entry parse(String text, boolean ordered, List<SignInLists.Field> legend) {
        String trimmed = Whitespace.trim(text);
        if (isPlaceholder(trimmed)) {
            return Entry.other(Kind.PLACEHOLDER, trimmed);
        }
        boolean d32 = startsWithInitialsAndSeparator(trimmed) || (ordered && HANDLE_GROUP.matcher(trimmed).find());
        if (!d32) {
            List<String> parts = slashParts(trimmed);
            if (parts.size() > 1 || (parts.size() == 1 && !parts.get(0).equals(trimmed))) {
                return slash(trimmed, parts, legend);
            }
        }
        if (ordered || d32) {
            return numbered(trimmed);
        }
        return bullet(trimmed);
    }

    /** D88: the parts of a text split at every {@code /} with WS on at least one side, trimmed, empty ones dropped. */
    private static List<String> slashParts(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '/' && ((i > 0 && Whitespace.is(text.charAt(i - 1)))
                    || (i + 1 < text.length() && Whitespace.is(text.charAt(i + 1))))) {
                addPart(parts, text.substring(from, i));
                from = i + 1;
            }
        }
        if (from == 0) {
            return List.of(text);
        }
        addPart(parts, text.substring(from));
        return parts;
    }

    private static void addPart(List<String> parts, String part) {
        String trimmed = Whitespace.trim(part);
        if (!trimmed.isEmpty()) {
            parts.add(trimmed);
        }
    }

    /**
     * D88: the first handle part fills the handle; the other parts fill the legend's remaining fields in order
     * (without legend: name, then affiliations); parts beyond are affiliations.
     */
    private static Entry slash(String text, List<String> parts, List<SignInLists.Field> legend) {
        List<SignInLists.Field> fields = new ArrayList<>(legend.isEmpty() ? List.of(SignInLists.Field.NAME) : legend);
        String name = null;
        Optional<String> github = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (String part : parts) {
            Optional<String[]> handle = github.isEmpty() ? handlePart(part) : Optional.empty();
            if (handle.isPresent()) {
                github = Optional.of(handle.get()[0]);
                fields.remove(SignInLists.Field.HANDLE);
                if (!handle.get()[1].isEmpty()) {
                    name = handle.get()[1];
                    fields.remove(SignInLists.Field.NAME);
                }
            } else {
                rest.add(part);
            }
        }
        List<String> affiliations = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String part = rest.get(i);
            SignInLists.Field field = i < fields.size() ? fields.get(i) : SignInLists.Field.AFFILIATION;
            if (field == SignInLists.Field.NAME && name == null) {
                name = part;
            } else if (field == SignInLists.Field.HANDLE && github.isEmpty() && isHandle(part)) {
                github = Optional.of(part);
            } else {
                affiliations.add(part);
            }
        }
        if (name == null) {
            return Entry.other(Kind.UNPARSED, text);
        }
        return new Entry(Kind.PERSON, text, name, Optional.empty(), github, affiliations, false);
    }

    /**
     * D88: a handle part, {@code @handle}, {@code \@handle}, a code span holding {@code @handle}, or a part ending in
     * {@code (github)} or in a {@code (@handle)} group.
     *
     * @return the handle and the name before a {@code (@handle)} group (empty otherwise), or empty for no handle part
     */
    private static Optional<String[]> handlePart(String part) {
        Matcher at = AT_HANDLE.matcher(part);
        if (at.matches()) {
            return Optional.of(new String[] {at.group(1), ""});
        }
        Matcher github = GITHUB_SUFFIX.matcher(part);
        if (github.matches()) {
            return Optional.of(new String[] {github.group(1), ""});
        }
        Matcher group = HANDLE_GROUP_SUFFIX.matcher(part);
        if (group.matches()) {
            return Optional.of(new String[] {group.group(2), Whitespace.trim(group.group(1))});
        }
        return Optional.empty();
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
            if (after == ':' || after == ',' || (Whitespace.is(after) && text.contains("(@"))) {
                initials = Optional.of(text.substring(0, token));
                nameStart = token + 1;
            }
        }
        String name;
        String rest;
        Optional<String> github = Optional.empty();
        int group = text.indexOf("(@", nameStart);
        if (group >= 0) {
            Matcher m = HANDLE_GROUP.matcher(text).region(group, text.length());
            if (!m.lookingAt()) {
                return Entry.other(Kind.UNPARSED, trimmed);
            }
            github = Optional.of(m.group(1));
            name = Whitespace.trim(text.substring(nameStart, group));
            if (name.endsWith(",")) {
                name = Whitespace.trim(name.substring(0, name.length() - 1));
            }
            if (initials.isPresent()) {
                name = withoutRepeatedInitials(name, initials.get());
            }
            rest = text.substring(m.end());
        } else {
            int comma = text.indexOf(',', nameStart);
            name = Whitespace.trim(comma < 0 ? text.substring(nameStart) : text.substring(nameStart, comma));
            rest = comma < 0 ? "" : text.substring(comma);
        }
        if (name.isEmpty()) {
            return Entry.other(Kind.UNPARSED, trimmed);
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : rest.split(",", -1)) {
            String p = Whitespace.trim(piece);
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
        return before.endsWith(",") ? Whitespace.trim(before.substring(0, before.length() - 1)) : name;
    }

    /**
     * D34: {@code NAME [(INI) | WS INI] [HANDLE]}, or a plain name. Read from the end, handle first, without
     * backtracking, so that a megabyte entry costs linear time (D6).
     */
    private static Entry bullet(String text) {
        if (text.chars().noneMatch(c -> c == '(' || c == ')' || c == '@' || c == ':')) {
            return new Entry(Kind.PERSON, text, text, Optional.empty(), Optional.empty(), List.of(), false);
        }
        String rest;
        String handle;
        HandleForm form;
        if (text.endsWith(")")) {
            int open = text.lastIndexOf('(');
            if (open < 0) {
                return Entry.other(Kind.UNPARSED, text);
            }
            String inner = Whitespace.trim(text.substring(open + 1, text.length() - 1));
            rest = stripEnd(text.substring(0, open));
            if (inner.startsWith("@")) {
                inner = Whitespace.trim(inner.substring(1));
            } else if (parenInitials(rest) == null && Initials.isToken(inner, true)) {
                // The last group is the (INI) itself: NAME (INI) without handle.
                return person(text, rest, Optional.of(inner), Optional.empty());
            }
            if (!isHandle(inner)) {
                return Entry.other(Kind.UNPARSED, text);
            }
            handle = inner;
            form = HandleForm.PAREN;
        } else {
            int space = lastWs(text);
            String word = text.substring(space + 1);
            String before = space < 0 ? "" : stripEnd(text.substring(0, space));
            if (word.startsWith("@") && isHandle(word.substring(1))) {
                handle = word.substring(1);
                form = HandleForm.AT;
                rest = before;
            } else if (startsWithIgnoreCase(word, "gh:") && isHandle(word.substring(3))) {
                handle = word.substring(3);
                form = HandleForm.GH;
                rest = before;
            } else if (isHandle(word) && endsWithGhLabel(before)) {
                handle = word;
                form = HandleForm.GH;
                rest = stripEnd(before.substring(0, before.length() - 3));
            } else if (isHandle(word)) {
                handle = word;
                form = HandleForm.BARE;
                rest = before;
            } else {
                return Entry.other(Kind.UNPARSED, text);
            }
        }
        String initials = parenInitials(rest);
        if (initials != null) {
            return person(text, rest.substring(0, rest.lastIndexOf('(')), Optional.of(initials), Optional.of(handle));
        }
        if (form == HandleForm.AT) {
            int space = lastWs(rest);
            String word = rest.substring(space + 1);
            if (space >= 0 && Initials.isToken(word, false)) {
                return person(text, rest.substring(0, space), Optional.of(word), Optional.of(handle));
            }
        }
        if (form == HandleForm.BARE) {
            return Entry.other(Kind.UNPARSED, text);
        }
        return person(text, rest, Optional.empty(), Optional.of(handle));
    }

    /** {@return the initials of a {@code (INI)} group ending the text, or null} */
    private static String parenInitials(String text) {
        if (!text.endsWith(")")) {
            return null;
        }
        int open = text.lastIndexOf('(');
        if (open < 0) {
            return null;
        }
        String inner = Whitespace.trim(text.substring(open + 1, text.length() - 1));
        return Initials.isToken(inner, true) ? inner : null;
    }

    private static Entry person(String text, String rawName, Optional<String> initials, Optional<String> github) {
        String name = Whitespace.trim(rawName);
        if (name.isEmpty()) {
            return Entry.other(Kind.UNPARSED, text);
        }
        return new Entry(Kind.PERSON, text, name, initials, github, List.of(), false);
    }

    private static boolean isHandle(String text) {
        return HANDLE_ONLY.matcher(text).matches();
    }

    /** {@code gh:} as a word of its own at the end of the text, in any case. */
    private static boolean endsWithGhLabel(String text) {
        int start = text.length() - 3;
        return start >= 0 && text.regionMatches(true, start, "gh:", 0, 3) && (start == 0 || Whitespace.is(text.charAt(start - 1)));
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static int lastWs(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Whitespace.is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** D34: bullets starting {@code INI:} or {@code INI,} follow D32. */
    private static boolean startsWithInitialsAndSeparator(String text) {
        int token = Initials.tokenLength(text, 0, false);
        return token > 0 && token < text.length() && (text.charAt(token) == ':' || text.charAt(token) == ',');
    }

    /**
     * D33, D89: an entry with no letter (empty, {@code ...}, {@code /}, {@code -}), equal to a field word (D87), or
     * wholly in parentheses ({@code (missed the list, sorry)}).
     */
    private static boolean isPlaceholder(String trimmed) {
        return trimmed.codePoints().noneMatch(Character::isLetter) || SignInLists.field(trimmed).isPresent()
                || whollyInParentheses(trimmed);
    }

    /** D89: the text opens with {@code (} whose partner closes the text. */
    private static boolean whollyInParentheses(String text) {
        if (text.length() < 2 || text.charAt(0) != '(' || text.charAt(text.length() - 1) != ')') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    private static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && Whitespace.is(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
