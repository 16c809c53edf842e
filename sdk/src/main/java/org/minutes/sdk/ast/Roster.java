package org.minutes.sdk.ast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minutes.sdk.model.Attendee;
import org.minutes.sdk.syntax.Whitespace;

/**
 * The attendee list of a document as its speakers are read and resolved against it (D47 as amended, D53, D90, D91):
 * the attendees of its attendee blocks, indexed by initials (written, or derived where no attendee has written
 * initials) and by name, so that resolving every speaker of a long document stays linear (D6).
 *
 * <p>The parser reads a document's attendee blocks first and asks the roster whether an item's prefix is a speaker;
 * the document resolves its speakers with the same roster.
 */
public final class Roster {

    private final List<Attendee> attendees;
    /** The attendee blocks the roster was read from, when {@link #of(List, List)} read it. */
    private final Optional<AttendeeBlocks.Reading> reading;
    /** The lists {@link #of(List, List)} read it from, null when it was read otherwise. */
    private final List<Block> preamble;
    private final List<Section> sections;
    private final boolean derived;
    private final Map<String, List<Attendee>> exact = new HashMap<>();
    private final Map<String, List<Attendee>> folded = new HashMap<>();
    private final Map<String, List<Attendee>> names = new HashMap<>();

    private Roster(List<Attendee> attendees, Optional<AttendeeBlocks.Reading> reading, List<Block> preamble,
                   List<Section> sections) {
        this.attendees = List.copyOf(attendees);
        this.reading = reading;
        this.preamble = preamble;
        this.sections = sections;
        boolean anyWritten = false;
        for (Attendee attendee : attendees) {
            anyWritten |= attendee.initials().isPresent();
        }
        this.derived = !attendees.isEmpty() && !anyWritten;
        for (Attendee attendee : attendees) {
            Optional<String> initials = derived ? derive(attendee.name()) : attendee.initials();
            if (initials.isPresent()) {
                exact.computeIfAbsent(initials.get(), k -> new ArrayList<>()).add(attendee);
                folded.computeIfAbsent(fold(initials.get()), k -> new ArrayList<>()).add(attendee);
            }
            Set<String> keys = new LinkedHashSet<>();
            String name = Whitespace.trim(attendee.name());
            if (!name.isEmpty()) {
                keys.add(name.toLowerCase(Locale.ROOT));
                int space = firstWs(name);
                if (space > 0) {
                    keys.add(name.substring(0, space).toLowerCase(Locale.ROOT));
                }
            }
            if (attendee.github().isPresent()) {
                keys.add(attendee.github().get().toLowerCase(Locale.ROOT));
            }
            for (String key : keys) {
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(attendee);
            }
        }
    }

    /**
     * Reads the attendee blocks of a document's preamble and sections (D26–D35, D86–D89).
     *
     * @param preamble the preamble blocks
     * @param sections the sections
     * @return the roster of their attendees
     */
    public static Roster of(List<Block> preamble, List<Section> sections) {
        AttendeeBlocks.Reading reading = AttendeeBlocks.Reading.of(AttendeeBlocks.of(preamble, sections));
        return new Roster(reading.attendees(), Optional.of(reading), preamble, sections);
    }

    /** {@return the roster of the attendees of these blocks, which it keeps for {@link #reading(List)}} */
    static Roster of(AttendeeBlocks.Reading reading) {
        return new Roster(reading.attendees(), Optional.of(reading), null, null);
    }

    /** {@return a roster of these attendees} */
    static Roster of(List<Attendee> attendees) {
        return new Roster(attendees, Optional.empty(), null, null);
    }

    /**
     * Tells whether the attendee blocks of a preamble and sections are the very blocks this roster was read from by
     * {@link #of(List, List)} (the same instances, found in the same way), so that a document built from them with
     * {@link Document#of(Optional, List, Optional, List, List, Optional, Roster)} reuses the roster instead of reading
     * them again.
     *
     * @param preamble the preamble blocks
     * @param sections the sections
     * @return whether the roster was read from their attendee blocks
     */
    public boolean readFrom(List<Block> preamble, List<Section> sections) {
        return reading(preamble, sections).isPresent();
    }

    /**
     * {@return what this roster read, when it read the attendee blocks of these parts: found in the very lists it
     * was read from (identity), or looked for there and found to be the very blocks it read}
     */
    Optional<AttendeeBlocks.Reading> reading(List<Block> preamble, List<Section> sections) {
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        return preamble == this.preamble && sections == this.sections ? reading
                : reading(AttendeeBlocks.of(preamble, sections));
    }

    /** {@return what this roster read, when it read these very blocks: a document found them and need not read them} */
    Optional<AttendeeBlocks.Reading> reading(List<AttendeeBlocks.Found> found) {
        return reading.filter(read -> read.readFrom(found));
    }

    /** {@return the attendees, in document order} */
    public List<Attendee> attendees() {
        return attendees;
    }

    /** {@return whether at least one attendee is listed and none has written initials, so initials are derived (D90)} */
    public boolean derivesInitials() {
        return derived;
    }

    /**
     * Reads an attendee's derived initials (D90).
     *
     * @param attendee an attendee of the roster (its name is what counts)
     * @return the derived initials, empty when the roster derives none or the name holds no letter
     */
    public Optional<String> derivedInitials(Attendee attendee) {
        return derived ? derive(attendee.name()) : Optional.empty();
    }

    /**
     * Matches initials (D53, D90): against the written initials, or the derived ones where the roster derives them;
     * case-sensitive matches first, then case-insensitive ones.
     *
     * @param initials the speaker's initials
     * @return the matches of the winning stage in attendee order, empty when none
     */
    public List<Attendee> initialsMatches(String initials) {
        List<Attendee> matches = exact.get(initials);
        if (matches != null) {
            return matches;
        }
        // Without attendees there is nothing to fold the initials for.
        return folded.isEmpty() ? List.of() : folded.getOrDefault(fold(initials), List.of());
    }

    /**
     * Matches a name speaker (D91): case-insensitively, an attendee's full name, the first word of an attendee's
     * name, or an attendee's handle.
     *
     * @param name the name as written
     * @return the matching attendees in attendee order, empty when none
     */
    public List<Attendee> nameMatches(String name) {
        return names.getOrDefault(Whitespace.trim(name).toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Resolves a speaker as written: initials first (D53, D90), then a name (D91); of several matches the first.
     *
     * @param who the speaker as written
     * @return the attendee, or empty when the speaker is not listed
     */
    public Optional<Attendee> resolve(String who) {
        List<Attendee> matches = initialsMatches(who);
        if (matches.isEmpty()) {
            matches = nameMatches(who);
        }
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    /**
     * D90: the first letter of each WS-separated word of the name that holds a letter, upper-cased, a parenthesised
     * word skipped.
     */
    static Optional<String> derive(String name) {
        StringBuilder initials = new StringBuilder();
        boolean wordStart = true;
        boolean skipWord = false;
        boolean lettered = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Whitespace.is(c)) {
                wordStart = true;
                continue;
            }
            if (wordStart) {
                // A new word: a parenthesised one is skipped; the others give their first letter.
                skipWord = c == '(';
                lettered = false;
                wordStart = false;
            }
            if (!skipWord && !lettered && Character.isLetter(c)) {
                initials.appendCodePoint(Character.toUpperCase(c));
                lettered = true;
            }
        }
        return initials.isEmpty() ? Optional.empty() : Optional.of(initials.toString());
    }

    private static int firstWs(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Whitespace.is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The key under which {@link String#equalsIgnoreCase} holds: each char upper-cased, then lower-cased. */
    private static String fold(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            key.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        return key.toString();
    }

    @Override
    public String toString() {
        return "Roster[" + attendees.size() + " attendees" + (derived ? ", derived initials" : "") + "]";
    }
}
