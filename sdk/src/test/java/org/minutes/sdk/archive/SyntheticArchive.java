package org.minutes.sdk.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Four dated notes of one made-up meeting series (issue 7, done-when 1), each dated by another D84 source and listing
 * its attendees in another format:
 *
 * <ol>
 * <li>{@code 2031-03-03-widget.md}: title date (D15); a table (D27–D30) with written initials; a head count (D36).
 * <li>{@code sync-b.md}: front matter {@code date:} (D84 (1)); numbered D32 entries, handle {@code QExample} in
 * another case; a speaker {@code PX} who is not listed (D53 {@code speaker/unresolved}); an action item without a
 * checkbox (D93).
 * <li>{@code 2031/widget-03-17.md}: no date but the path (D84 (4)); bullet entries (D34) without initials, so derived
 * initials (D90) and name speakers (D91: {@code Quinn:}, {@code Rosa:}, {@code rosa:}); Milo without handle; an item
 * written again in lower case, with two spaces and a full stop.
 * <li>{@code 2031-03-24-widget.md}: title date; a table again, {@code QEXAMPLE}, an accented name; Rosa in absentia
 * (D26); a {@code Deferred to next meeting} section (D25); a decision (D68).
 * </ol>
 *
 * <p>The figures the tests expect are counted by hand from these texts, in the comments of {@link ArchiveTest}.
 */
final class SyntheticArchive {

    static final String NOTE_1 = """
            # 2031-03-03 Widget Sync

            ## Attendees

            | Name | Initials | Affiliation | GH Username |
            |------|----------|-------------|-------------|
            | Quinn Example | QE | Acme | qexample |
            | Rosa Tester | RT | Globex | |
            | Pat Xu | PX | Initech | patxu |

            3 people in total

            ## Agenda

            - [X] QE: Release planning
                - [ ] RT: Send the release notes to https://lists.example.org/widget
            - [ ] (PX) Website redesign
            - [X] PX: Flaky tests
                - Consensus: quarantine them for now

            ## Action items

            - [ ] PX: Update the CI matrix
            """;

    static final String NOTE_2 = """
            ---
            date: "2031-03-10"
            ---
            # Widget Sync

            ## Attendees

            1. QE: Quinn Example (@QExample), Acme
            2. RT: Rosa Tester, Globex, widget-core
            3. MvV: Milo van Vliet (@milo), Umbrella

            ## Agenda

            - [X] (QE) Release planning
                - [ ] RT: send the release  notes to <https://lists.example.org/widget/>
            - [ ] PX: Website redesign

            ## Action items

            - Update the CI matrix
            """;

    static final String NOTE_3 = """
            # Widget Sync

            ## Attendees

            * Quinn Example (@qexample)
            * Rosa Tester
            * Milo van Vliet

            ## Agenda

            - [x] Quinn: Release planning
                - [x] Rosa: Send the release notes to [https://lists.example.org/widget](https://lists.example.org/widget)
                - [ ] MVV: Tag the release
            - [x] rosa: Docs sprint

            ## Action items

            - [ ] update the CI  matrix.
            """;

    static final String NOTE_4 = """
            # 2031-03-24 Widget Sync

            ## Attendees

            | Name | Initials | Affiliation | GH Username |
            |------|----------|-------------|-------------|
            | Quinn Example | QE | Acme | QEXAMPLE |
            | Pat Xu | PX | Initech | patxu |
            | Milo van Vliet | MvV | Umbrella | milo |
            | José García | JG | Acme | |

            ## Attendees in absentia

            1. RT: Rosa Tester, Globex

            ## Agenda

            - [X] QE: Release planning
                - [x] RT: Send the release notes to https://lists.example.org/widget
            - [X] JG: Decide the license
                - Decision: Apache-2.0

            ## Action items

            - [ ] PX: Update the CI matrix
            - [ ] JG: Write the CONTRIBUTING guide

            ## Deferred to next meeting

            - (PX) Website redesign
            """;

    private SyntheticArchive() {
    }

    /** Writes the four notes under {@code directory}; note 3 in the subfolder {@code 2031}. */
    static void write(Path directory) throws IOException {
        Files.writeString(directory.resolve("2031-03-03-widget.md"), NOTE_1);
        Files.writeString(directory.resolve("sync-b.md"), NOTE_2);
        Files.createDirectories(directory.resolve("2031"));
        Files.writeString(directory.resolve("2031").resolve("widget-03-17.md"), NOTE_3);
        Files.writeString(directory.resolve("2031-03-24-widget.md"), NOTE_4);
    }
}
