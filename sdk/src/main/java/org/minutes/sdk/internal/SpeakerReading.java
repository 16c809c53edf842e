package org.minutes.sdk.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.minutes.sdk.ast.Roster;
import org.minutes.sdk.ast.SpeakerPrefix;
import org.minutes.sdk.syntax.SpeakerPrefixes;

/**
 * How one build of a document reads speaker prefixes (D47 as amended, D90, D91). Speakers may depend on the
 * document's attendee list, which attendee entries never depend on (D47): the first build reads initials as D48 says,
 * knowing no attendee, and notes every name-shaped prefix and every initials speaker; when the attendee list shows
 * that one of them reads otherwise, the items are built again with the list ({@link #against(Roster)}). A document
 * whose attendees have written initials and none of whose prefixes names an attendee (the common case) is built once.
 */
final class SpeakerReading {

    private final Optional<Roster> roster;
    // Sets: a long note repeats a few speakers many times, and only which ones matters.
    private final Set<String> names = new HashSet<>();
    private final Set<String> initials = new HashSet<>();

    private SpeakerReading(Optional<Roster> roster) {
        this.roster = roster;
    }

    /** {@return the reading of a first build, which knows no attendee} */
    static SpeakerReading first() {
        return new SpeakerReading(Optional.empty());
    }

    /** {@return the reading of a build that knows the document's attendee list} */
    static SpeakerReading against(Roster roster) {
        return new SpeakerReading(Optional.of(roster));
    }

    /** {@return whether this is the reading of a first build, which knows no attendee} */
    boolean isFirst() {
        return roster.isEmpty();
    }

    /**
     * A prefix read, and where it ends.
     *
     * @param speaker the prefix
     * @param end     the index just after it
     */
    record Read(SpeakerPrefix speaker, int end) {
    }

    /**
     * Reads the speaker prefix at {@code start}: a name of a listed attendee first (D91, outside introductions), then
     * initials (D48–D50, D92), which in a document with derived initials must match an attendee's (D90).
     *
     * @param text  the item's first line
     * @param start where the prefix would start
     * @param names whether name speakers may stand here (not in {@code introductions} sections)
     * @return the prefix, or empty when the text there is item text
     */
    Optional<Read> read(String text, int start, boolean names) {
        if (names) {
            Optional<SpeakerPrefixes.NameReading> name = SpeakerPrefixes.readName(text, start);
            if (name.isPresent()) {
                if (roster.isEmpty()) {
                    this.names.add(name.get().name());
                } else if (!roster.get().nameMatches(name.get().name()).isEmpty()) {
                    return Optional.of(new Read(SpeakerPrefix.of(name.get()), name.get().end()));
                }
            }
        }
        Optional<SpeakerPrefixes.Reading> prefix = SpeakerPrefixes.read(text, start);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        if (roster.isEmpty()) {
            initials.addAll(prefix.get().who());
        } else if (roster.get().derivesInitials()
                && prefix.get().who().stream().anyMatch(who -> roster.get().initialsMatches(who).isEmpty())) {
            // D90: an initials-shaped prefix matching no derived initials is a label.
            return Optional.empty();
        }
        return Optional.of(new Read(SpeakerPrefix.of(prefix.get()), prefix.get().end()));
    }

    /** {@return whether this first build met a prefix that an attendee list could read otherwise (D90, D91)} */
    boolean metPrefixes() {
        return !names.isEmpty() || !initials.isEmpty();
    }

    /**
     * Tells whether the attendee list changes what this first build read: a name-shaped prefix names a listed
     * attendee (D91), or, with derived initials, an initials speaker matches none (D90).
     *
     * @param roster the document's attendee list
     * @return whether the items must be built again against it
     */
    boolean changedBy(Roster roster) {
        if (roster.attendees().isEmpty()) {
            return false;
        }
        return names.stream().anyMatch(name -> !roster.nameMatches(name).isEmpty())
                || (roster.derivesInitials() && initials.stream().anyMatch(i -> roster.initialsMatches(i).isEmpty()));
    }
}
