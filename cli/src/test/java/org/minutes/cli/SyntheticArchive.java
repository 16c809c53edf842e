package org.minutes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Four dated notes of a made-up widget community, written for the archive commands' tests; every figure the tests
 * expect is counted by hand from the texts below.
 *
 * <ul>
 *   <li>Attendees in four shapes (D26–D35, D88): a table with initials (notes 1 and 4), numbered entries with
 *       initials (note 2), slash entries without initials, so derived ones (D90, note 3). Quinn Example (@qexample)
 *       is in all four, Pat Xu (@patxu) in 2, 3 and 4, Rosa Tester (@rtester) in 1 and 3.</li>
 *   <li>Speakers: initials (D48) everywhere, the name speaker {@code Pat:} (D91) in notes 3 and 4.</li>
 *   <li>Action items (D67 (c): open boxes under a discussed topic): "Write the release notes" opened in note 1
 *       (2031-01-07, RT), carried in note 2 (RT, unresolved there: Rosa is not listed), closed in note 3
 *       (2031-01-28): one item, carried once, closed, 21 days old. "Update the website" opened in note 2
 *       (2031-01-14, PX), carried in notes 3 and 4 (Pat): open, carried twice, 21 days old at note 4. "Book the
 *       venue" opened in note 4 (QE): open, 0 days.</li>
 *   <li>Topics (D67 (2)): "Logo contest" pending in notes 1 and 2; note 4 leaves "(QE) Travel budget" pending and
 *       "PX: Mascot design" deferred.</li>
 *   <li>Decisions (D68): "ship 2.0 in March" (QE, note 1), "the logo contest runs until March" (note 3).</li>
 *   <li>Intervals: 7, 14 and 7 days, so the next meeting is 2031-02-04 + 7 = 2031-02-11.</li>
 * </ul>
 */
final class SyntheticArchive {

    static final String NOTE_1 = """
            # 2031-01-07 Widget Community Meeting

            ## Attendees

            | Name          | Initials | Affiliation | GH Username |
            | ------------- | -------- | ----------- | ----------- |
            | Quinn Example | QE       | Acme        | qexample    |
            | Rosa Tester   | RT       | Globex      | rtester     |

            ## Agenda

            - [x] QE: Release plan
                - [ ] RT: Write the release notes
            - [ ] (RT) Logo contest
            - QE: Decision: ship 2.0 in March
            """;

    static final String NOTE_2 = """
            # 2031-01-14 Widget Community Meeting

            ## Attendees

            1. QE: Quinn Example (@qexample), Acme
            2. PX: Pat Xu (@patxu), Initech

            ## Agenda

            - [x] QE: Release status
                - [ ] RT: Write the release notes
                - [ ] PX: Update the website
            - [ ] Logo contest
            """;

    static final String NOTE_3 = """
            # 2031-01-28 Widget Community Meeting

            ## Attendees

            * Quinn Example / Acme / @qexample
            * Rosa Tester / Globex / @rtester
            * Pat Xu / Initech / @patxu

            3 people in total

            ## Agenda

            - [x] Release status
                - [x] RT: Write the release notes
                - [ ] Pat: Update the website
            - Consensus: the logo contest runs until March
            """;

    static final String NOTE_4 = """
            ---
            tags: [meeting-notes]
            ---
            # 2031-02-04 Widget Community Meeting

            ## Attendees

            | Name          | Initials | Affiliation | GH Username |
            | ------------- | -------- | ----------- | ----------- |
            | Quinn Example | QE       | Acme        | qexample    |
            | Pat Xu        | PX       | Initech     | patxu       |

            ## Agenda

            - [x] QE: Website
                - [ ] Pat: Update the website
                - [ ] QE: Book the venue
            - [ ] (QE) Travel budget

            ## Deferred to next meeting

            - [ ] PX: Mascot design
            """;

    private SyntheticArchive() {
    }

    /**
     * Writes the four notes into {@code dir}: notes 1 and 2 at the top, 3 and 4 in {@code 2031/}, so the walk is
     * recursive.
     *
     * @param dir an empty directory
     * @return {@code dir}
     */
    static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("2031-01-07-widget.md"), NOTE_1);
        Files.writeString(dir.resolve("2031-01-14-widget.md"), NOTE_2);
        Path year = Files.createDirectories(dir.resolve("2031"));
        Files.writeString(year.resolve("2031-01-28-widget.md"), NOTE_3);
        Files.writeString(year.resolve("2031-02-04-widget.md"), NOTE_4);
        return dir;
    }
}
