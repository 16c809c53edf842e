package org.minutes.sdk.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.diagnostic.DiagnosticCode;
import org.minutes.sdk.model.Schedule;
import org.minutes.sdk.model.ScheduledTime;

/** Meeting link (D18), schedule (D19–D21) and description (D22) of documents built by hand. */
class PreamblesTest {

    static final String WHAT_TIME = "What time is the meeting in my time zone";
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Nested
    class MeetingLink {

        @Test
        void d17ThematicBreakThenParagraphHoldingOneLink() {
            Document document = doc(LocalDate.of(2031, 5, 14),
                    new ThematicBreak(),
                    para(link("Meeting link", "https://meet.example.org/abc")));

            assertEquals(Optional.of("https://meet.example.org/abc"), Preambles.meetingLink(Parts.of(document)));
        }

        @Test
        void d18MeetingLinkInABulletItem() {
            Document document = doc(LocalDate.of(2031, 5, 14),
                    bullets(item(link("Meeting link", "https://meet.example.org/abc-defg"))));

            assertEquals(Optional.of("https://meet.example.org/abc-defg"), Preambles.meetingLink(Parts.of(document)));
        }

        @Test
        void d18TextIsTrimmedAndComparedInAnyCase() {
            Document zoom = doc(null, para(link(" \u00A0ZOOM LINK\t", "https://zoom.example.org/j/1")));
            Document hangout = doc(null, para(link("hangout Link", "https://hangouts.example.org/x")));

            assertEquals(Optional.of("https://zoom.example.org/j/1"), Preambles.meetingLink(Parts.of(zoom)));
            assertEquals(Optional.of("https://hangouts.example.org/x"), Preambles.meetingLink(Parts.of(hangout)));
        }

        @Test
        void d18EmptyDestinationIsSkippedForTheNextMeetingLink() {
            Document document = doc(null,
                    para(link("Zoom link", ""), text(" · "), link("Meeting link", "https://meet.example.org/b")));

            assertEquals(Optional.of("https://meet.example.org/b"), Preambles.meetingLink(Parts.of(document)));
        }

        @Test
        void d18OtherTextsAreNoMeetingLink() {
            Document document = doc(null, para(
                    link("Zoom", "https://zoom.example.org/j/1"), text(" "),
                    link("Zoom link here", "https://zoom.example.org/j/2"), text(" "),
                    link("Join the meeting link", "https://zoom.example.org/j/3")));

            assertEquals(Optional.empty(), Preambles.meetingLink(Parts.of(document)));
        }

        @Test
        void d18FirstInDocumentOrderAcrossBlocksAndNesting() {
            ListItem nested = item(List.of(text("Links")),
                    List.of(bullets(item(new Strong(List.of(link("Zoom link", "https://zoom.example.org/nested")))))));
            Document document = doc(null,
                    para(text("No link here")),
                    bullets(nested),
                    para(link("Meeting link", "https://meet.example.org/later")));

            assertEquals(Optional.of("https://zoom.example.org/nested"), Preambles.meetingLink(Parts.of(document)));
        }

        @Test
        void d18LinksInBlockQuotesAndTableCellsAreFound() {
            Document quoted = doc(null,
                    new BlockQuote(List.of(para(link("Zoom link", "https://zoom.example.org/quoted")))));
            TableRow header = new TableRow(List.of(new TableCell(List.of(text("Where")))));
            TableRow row = new TableRow(List.of(new TableCell(List.of(link("Meeting link", "https://m.example.org")))));
            Document table = doc(null, new Table(header, List.of(row)));

            assertEquals(Optional.of("https://zoom.example.org/quoted"), Preambles.meetingLink(Parts.of(quoted)));
            assertEquals(Optional.of("https://m.example.org"), Preambles.meetingLink(Parts.of(table)));
        }

        @Test
        void d17OnlyThePreambleCountsNotSectionsOrLeadBlocks() {
            Title title = new Title(false, Optional.empty(), List.of(text("Team Sync")));
            Document document = new Document(Optional.empty(),
                    List.of(para(link("Zoom link", "https://zoom.example.org/lead"))),
                    Optional.of(title),
                    List.of(para(text("Hello"))),
                    List.of(new Section(2, List.of(text("Links")),
                            List.of(para(link("Zoom link", "https://zoom.example.org/section"))))));

            assertEquals(Optional.empty(), Preambles.meetingLink(Parts.of(document)));
        }

        @Test
        void d18NoPreambleNoLink() {
            assertEquals(Optional.empty(), Preambles.meetingLink(Parts.of(doc(LocalDate.of(2031, 5, 14)))));
        }
    }

    @Nested
    class TwelveHourStyle {

        @Test
        void d19ExampleFivePmUtc() {
            Link time = link(WHAT_TIME, "https://time.example.org/convert/utc?t=5pm");
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 5, 14), para(time))), findings);

            assertEquals(Optional.of(utc(LocalDate.of(2031, 5, 14), 17, 0)), schedule.primary());
            assertEquals(List.of(), schedule.alternates());
            assertEquals(List.of(), findings.all);
        }

        @Test
        void d19TwelveAmIsMidnightAndTwelvePmIsNoon() {
            assertEquals(LocalTime.of(0, 0), primaryTime("https://x.example.org/convert/utc?t=12am"));
            assertEquals(LocalTime.of(12, 0), primaryTime("https://x.example.org/convert/utc?t=12pm"));
            assertEquals(LocalTime.of(0, 30), primaryTime("https://x.example.org/convert/utc?t=12:30am"));
            assertEquals(LocalTime.of(1, 0), primaryTime("https://x.example.org/convert/utc?t=1am"));
            assertEquals(LocalTime.of(23, 59), primaryTime("https://x.example.org/convert/utc?t=11:59pm"));
        }

        @Test
        void d19MinutesAndAnyCase() {
            assertEquals(LocalTime.of(9, 30), primaryTime("https://x.example.org/convert/utc?t=9:30AM"));
            assertEquals(LocalTime.of(17, 0), primaryTime("https://x.example.org/convert/UTC?T=5Pm"));
            assertEquals(LocalTime.of(17, 5), primaryTime("https://x.example.org/convert/utc?lang=en&t=05:05pm"));
        }

        @Test
        void d19HostIsNotChecked() {
            assertEquals(LocalTime.of(17, 0), primaryTime("https://dateful.com/convert/utc?t=5pm"));
            assertEquals(LocalTime.of(17, 0), primaryTime("http://anything.invalid/some/where/convert/utc?t=5pm"));
        }

        @Test
        void d19ZoneOtherThanUtcIsReadAsD20() {
            Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 5, 14),
                    para(link(WHAT_TIME, "https://x.example.org/convert/Chicago?t=9am")))), Findings.NONE);

            assertEquals(Optional.of(new ScheduledTime(Optional.of(LocalDate.of(2031, 5, 14)), LocalTime.of(9, 0),
                    Optional.of(CHICAGO))), schedule.primary());
        }

        @Test
        void d19BadTimeIsAWarningAndGivesNoTime() {
            for (String t : List.of("13pm", "0am", "5:60pm", "5", "17:00", "five", "5pmish", "")) {
                Link time = link(WHAT_TIME, "https://x.example.org/convert/utc?t=" + t);
                Recorder findings = new Recorder();

                Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 5, 14), para(time))), findings);

                assertEquals(Schedule.NONE, schedule, "t=" + t);
                assertEquals(List.of(DiagnosticCode.PREAMBLE_BAD_TIME), findings.codes(), "t=" + t);
                assertSame(time, findings.all.get(0).where(), "reported against the link");
            }
        }

        @Test
        void d19MissingTIsABadTime() {
            Link time = link(WHAT_TIME, "https://x.example.org/convert/utc");
            Recorder findings = new Recorder();

            assertEquals(Schedule.NONE, TimeLinkSchedules.of(Parts.of(doc(null, para(time))), findings));
            assertEquals(List.of(DiagnosticCode.PREAMBLE_BAD_TIME), findings.codes());
            assertTrue(findings.all.get(0).message().contains("t="), findings.all.get(0).message());
        }

        @Test
        void d19TimeLinkTextOnlyNeedsToStartWithThePhraseInAnyCase() {
            assertEquals(LocalTime.of(17, 0), primaryTime("WHAT TIME IS THE MEETING IN MY TIME ZONE: 5pm UTC",
                    "https://x.example.org/convert/utc?t=5pm"));
            assertEquals(Schedule.NONE, TimeLinkSchedules.of(Parts.of(doc(null,
                    para(link("Meeting time", "https://x.example.org/convert/utc?t=5pm")))), Findings.NONE));
        }
    }

    @Nested
    class PathStyle {

        @Test
        void d20ExampleChicago() {
            Link time = link(WHAT_TIME, "https://time.example.org/Chicago/2031-05-14/09:00/b/Team%20call");
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 5, 14), para(time))), findings);

            assertEquals(Optional.of(new ScheduledTime(Optional.of(LocalDate.of(2031, 5, 14)), LocalTime.of(9, 0),
                    Optional.of(CHICAGO))), schedule.primary());
            assertEquals(List.of(), findings.all, "the URL date equals the title date");
        }

        @Test
        void d20UtcInAnyCase() {
            for (String zone : List.of("UTC", "utc", "Utc")) {
                Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 10, 7), para(link(WHAT_TIME,
                        "https://time.example.org/" + zone + "/2031-10-07/17:00/b/Widget%20call")))), Findings.NONE);

                assertEquals(Optional.of(utc(LocalDate.of(2031, 10, 7), 17, 0)), schedule.primary(), zone);
            }
        }

        @Test
        void d20AreaCityAndCityWithSpaces() {
            assertEquals(Optional.of(ZoneId.of("Europe/Berlin")),
                    primaryZone("https://t.example.org/Europe/Berlin/2031-05-14/18:30/b/x"));
            assertEquals(Optional.of(ZoneId.of("America/New_York")),
                    primaryZone("https://t.example.org/New%20York/2031-05-14/18:30/b/x"));
            assertEquals(Optional.of(ZoneId.of("America/Argentina/Buenos_Aires")),
                    primaryZone("https://t.example.org/America/Argentina/Buenos_Aires/2031-05-14/18:30"));
        }

        @Test
        void d20UnknownZoneWarnsAndKeepsTheTimeWithoutZone() {
            Link time = link(WHAT_TIME, "https://t.example.org/Atlantis/2031-05-14/09:00/b/x");
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 5, 14), para(time))), findings);

            assertEquals(Optional.of(new ScheduledTime(Optional.of(LocalDate.of(2031, 5, 14)), LocalTime.of(9, 0),
                    Optional.empty())), schedule.primary());
            assertEquals(List.of(DiagnosticCode.PREAMBLE_UNKNOWN_TIME_ZONE), findings.codes());
            assertSame(time, findings.all.get(0).where());
            assertTrue(findings.all.get(0).message().contains("Atlantis"), findings.all.get(0).message());
        }

        @Test
        void d20AreaCityThatIsNoZoneIdIsUnknown() {
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 5, 14),
                    para(link(WHAT_TIME, "https://t.example.org/Mars/Olympus/2031-05-14/09:00")))), findings);

            assertEquals(Optional.empty(), schedule.primary().orElseThrow().zone());
            assertEquals(List.of(DiagnosticCode.PREAMBLE_UNKNOWN_TIME_ZONE), findings.codes());
        }

        @Test
        void d20OutOfRangeTimeIsABadTime() {
            Link time = link(WHAT_TIME, "https://t.example.org/UTC/2031-05-14/25:00/b/x");
            Recorder findings = new Recorder();

            assertEquals(Schedule.NONE, TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 5, 14), para(time))), findings));
            assertEquals(List.of(DiagnosticCode.PREAMBLE_BAD_TIME), findings.codes());
        }
    }

    @Nested
    class ScheduleRules {

        @Test
        void d21Seed000DotLine() {
            Document document = doc(LocalDate.of(2026, 1, 14), para(
                    link("Zoom link", "https://zoom.us/j/9138593505?pwd=SWh3dE1IK05LV01Qa0FJZ1ZpMzJLZz09"),
                    text(" · "),
                    link(WHAT_TIME + ": 5pm", "https://dateful.com/convert/utc?t=5pm"),
                    text(", "),
                    link("2pm", "https://dateful.com/convert/utc?t=2pm")));
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

            assertEquals(Optional.of("https://zoom.us/j/9138593505?pwd=SWh3dE1IK05LV01Qa0FJZ1ZpMzJLZz09"),
                    Preambles.meetingLink(Parts.of(document)));
            assertEquals(Optional.of(utc(LocalDate.of(2026, 1, 14), 17, 0)), schedule.primary());
            assertEquals(List.of(utc(LocalDate.of(2026, 1, 14), 14, 0)), schedule.alternates());
            assertEquals(List.of(), findings.all);
        }

        @Test
        void d21UrlDateIsIgnoredWithAnInfoWhenItDiffers() {
            Link time = link(WHAT_TIME, "https://t.example.org/Chicago/2031-03-03/09:00/b/Widget%20call");
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 3, 4), para(time))), findings);

            assertEquals(Optional.of(LocalDate.of(2031, 3, 4)), schedule.primary().orElseThrow().date());
            assertEquals(List.of(DiagnosticCode.PREAMBLE_DATE_MISMATCH), findings.codes());
            assertSame(time, findings.all.get(0).where());
            assertTrue(findings.all.get(0).message().contains("2031-03-03"), findings.all.get(0).message());
        }

        @Test
        void d21WithoutTitleDateTimesHaveNoDateAndNoMismatch() {
            Title undated = new Title(false, Optional.empty(), List.of(text("{{ meeting_date }} Team Sync")));
            Document document = new Document(Optional.empty(), List.of(), Optional.of(undated),
                    List.of(para(link(WHAT_TIME, "https://t.example.org/UTC/2031-03-03/09:00/b/x"))), List.of());
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

            assertEquals(Optional.of(new ScheduledTime(Optional.empty(), LocalTime.of(9, 0),
                    Optional.of(ZoneOffset.UTC))), schedule.primary());
            assertEquals(Optional.empty(), schedule.primary().orElseThrow().zoned());
            assertEquals(List.of(), findings.all);
        }

        @Test
        void d21AlternatesComeOnlyFromLaterLinksOfTheSameParagraph() {
            Document document = doc(LocalDate.of(2031, 5, 14),
                    para(link("2am", "https://x.example.org/convert/utc?t=2am"), text(" "),
                            link(WHAT_TIME, "https://x.example.org/convert/utc?t=5pm"), text(" · "),
                            link("notes", "https://example.org/notes/2031-05-01"), text(" · "),
                            link("Zoom link", "https://zoom.example.org/j/1"), text(", "),
                            link("Berlin", "https://t.example.org/Europe/Berlin/2031-05-14/19:00"), text(", "),
                            link("9:30am", "https://x.example.org/convert/utc?t=9:30am")),
                    para(link("3pm", "https://x.example.org/convert/utc?t=3pm")));

            Schedule schedule = TimeLinkSchedules.of(Parts.of(document), Findings.NONE);

            LocalDate date = LocalDate.of(2031, 5, 14);
            assertEquals(Optional.of(utc(date, 17, 0)), schedule.primary());
            assertEquals(List.of(
                    new ScheduledTime(Optional.of(date), LocalTime.of(19, 0), Optional.of(ZoneId.of("Europe/Berlin"))),
                    utc(date, 9, 30)), schedule.alternates());
        }

        @Test
        void d21ItemsAreBlocksOfTheirOwn() {
            Document document = doc(LocalDate.of(2031, 5, 14), bullets(
                    item(link(WHAT_TIME, "https://x.example.org/convert/utc?t=5pm"), text(", "),
                            link("2pm", "https://x.example.org/convert/utc?t=2pm")),
                    item(link("3pm", "https://x.example.org/convert/utc?t=3pm"))));

            Schedule schedule = TimeLinkSchedules.of(Parts.of(document), Findings.NONE);

            assertEquals(Optional.of(utc(LocalDate.of(2031, 5, 14), 17, 0)), schedule.primary());
            assertEquals(List.of(utc(LocalDate.of(2031, 5, 14), 14, 0)), schedule.alternates());
        }

        @Test
        void d21NestedItemsAreNotPartOfTheirParentsBlock() {
            ListItem parent = item(List.of(link(WHAT_TIME, "https://x.example.org/convert/utc?t=5pm")),
                    List.of(bullets(item(link("2pm", "https://x.example.org/convert/utc?t=2pm")))));

            Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 5, 14), bullets(parent))), Findings.NONE);

            assertEquals(Optional.of(utc(LocalDate.of(2031, 5, 14), 17, 0)), schedule.primary());
            assertEquals(List.of(), schedule.alternates());
        }

        @Test
        void d21TimeLinkSpanningASoftBreakStillCounts() {
            Document document = doc(LocalDate.of(2031, 5, 14), para(
                    text("Times:"), new SoftBreak(),
                    link(WHAT_TIME, "https://x.example.org/convert/utc?t=5pm"), new SoftBreak(),
                    new Emphasis('_', List.of(link("2pm", "https://x.example.org/convert/utc?t=2pm")))));

            Schedule schedule = TimeLinkSchedules.of(Parts.of(document), Findings.NONE);

            assertEquals(List.of(utc(LocalDate.of(2031, 5, 14), 14, 0)), schedule.alternates(),
                    "links inside emphasis belong to the paragraph too");
        }

        @Test
        void d21FirstTimeLinkWithoutTimeLeavesThePrimaryEmpty() {
            Link broken = link(WHAT_TIME, "https://x.example.org/convert/utc?t=17pm");
            Document document = doc(LocalDate.of(2031, 5, 14), para(broken, text(", "),
                    link("2pm", "https://x.example.org/convert/utc?t=2pm")));
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

            assertEquals(Optional.empty(), schedule.primary());
            assertEquals(List.of(utc(LocalDate.of(2031, 5, 14), 14, 0)), schedule.alternates());
            assertEquals(List.of(DiagnosticCode.PREAMBLE_BAD_TIME), findings.codes());
            assertSame(broken, findings.all.get(0).where());
        }

        @Test
        void d21FirstTimeLinkWithAnotherDestinationGivesNoTimeAndNoFinding() {
            Document document = doc(LocalDate.of(2031, 5, 14),
                    para(link(WHAT_TIME, "")),
                    para(link(WHAT_TIME, "https://x.example.org/convert/utc?t=5pm")));
            Recorder findings = new Recorder();

            assertEquals(Schedule.NONE, TimeLinkSchedules.of(Parts.of(document), findings));
            assertEquals(List.of(), findings.all);
        }

        @Test
        void d21LaterBlocksAddNoTimesButTheirTimeLinksAreChecked() {
            Link later = link(WHAT_TIME, "https://x.example.org/convert/utc?t=99pm");
            Document document = doc(LocalDate.of(2031, 5, 14),
                    para(link(WHAT_TIME, "https://x.example.org/convert/utc?t=5pm")),
                    para(later));
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

            assertEquals(new Schedule(Optional.of(utc(LocalDate.of(2031, 5, 14), 17, 0)), List.of()), schedule);
            assertEquals(List.of(DiagnosticCode.PREAMBLE_BAD_TIME), findings.codes());
            assertSame(later, findings.all.get(0).where());
        }

        @Test
        void d21LaterLinksOfTheBlockAreCheckedToo() {
            Link alternate = link("Atlantis", "https://t.example.org/Atlantis/2031-05-13/08:00");
            Document document = doc(LocalDate.of(2031, 5, 14),
                    para(link(WHAT_TIME, "https://x.example.org/convert/utc?t=5pm"), text(", "), alternate));
            Recorder findings = new Recorder();

            Schedule schedule = TimeLinkSchedules.of(Parts.of(document), findings);

            assertEquals(List.of(new ScheduledTime(Optional.of(LocalDate.of(2031, 5, 14)), LocalTime.of(8, 0),
                    Optional.empty())), schedule.alternates());
            assertEquals(List.of(DiagnosticCode.PREAMBLE_UNKNOWN_TIME_ZONE, DiagnosticCode.PREAMBLE_DATE_MISMATCH),
                    findings.codes());
            assertTrue(findings.all.stream().allMatch(finding -> finding.where() == alternate));
        }

        @Test
        void d21NoTimeLinkNoSchedule() {
            Document document = doc(LocalDate.of(2031, 5, 14),
                    para(link("Zoom link", "https://zoom.example.org/j/1"), text(" · "),
                            link("5pm", "https://x.example.org/convert/utc?t=5pm")));

            assertEquals(Schedule.NONE, TimeLinkSchedules.of(Parts.of(document), Findings.NONE));
        }

        @Test
        void d21TimeLinksInSectionsDoNotCount() {
            Document document = new Document(Optional.empty(), List.of(), Optional.of(title(LocalDate.of(2031, 5, 14))),
                    List.of(), List.of(new Section(2, List.of(text("Links")),
                            List.of(para(link(WHAT_TIME, "https://x.example.org/convert/utc?t=5pm"))))));

            assertEquals(Schedule.NONE, TimeLinkSchedules.of(Parts.of(document), Findings.NONE));
        }
    }

    @Nested
    class Description {

        @Test
        void d22Seed000FirstParagraphWithMoreThanLinks() {
            String text = "Various parts of the conda ecosystem gather on a regular basis. This meeting brings "
                    + "together all of these sub-communities for a community wide call.";
            Document document = doc(LocalDate.of(2026, 1, 14),
                    para(link("Zoom link", "https://zoom.us/j/1"), text(" · "),
                            link(WHAT_TIME + ": 5pm", "https://dateful.com/convert/utc?t=5pm"), text(", "),
                            link("2pm", "https://dateful.com/convert/utc?t=2pm")),
                    para(text(text)));

            assertEquals(Optional.of(text), Preambles.description(Parts.of(document)));
        }

        @Test
        void d22SeparatorsWhiteSpaceBareUrlsAndEmphasisedLinksAreNotEnough() {
            Document document = doc(null,
                    new ThematicBreak(),
                    para(new Strong(List.of(link("Zoom link", "https://zoom.example.org/j/1"))), text(" ·\u00A0,"),
                            new SoftBreak(), new BareUrl("https://example.org/notes")),
                    para(link("Agenda", "https://example.org/agenda")),
                    para(text("Weekly sync,"), new SoftBreak(), link("agenda", "https://example.org/agenda")));

            assertEquals(Optional.of("Weekly sync, agenda"), Preambles.description(Parts.of(document)));
        }

        @Test
        void d22OnlyTopLevelParagraphsCount() {
            Document document = doc(null,
                    bullets(item(text("A list item is no paragraph"))),
                    new BlockQuote(List.of(para(text("Neither is a quote")))),
                    para(text("The description")));

            assertEquals(Optional.of("The description"), Preambles.description(Parts.of(document)));
        }

        @Test
        void d22AnImageIsMoreThanALink() {
            Document document = doc(null,
                    para(new Image(List.of(text("logo")), "https://example.org/logo.png")));

            assertEquals(Optional.of("logo"), Preambles.description(Parts.of(document)));
        }

        @Test
        void d22ElseFirstParagraphOfTheMeetingPurposeSection() {
            assumeTrue(sectionKindsImplemented(), "SectionKind.of (D24) is not implemented yet");
            Document document = new Document(Optional.empty(), List.of(),
                    Optional.of(title(LocalDate.of(2031, 12, 2))),
                    List.of(para(link("Zoom link", "https://zoom.example.org/j/1"))),
                    List.of(new Section(2, List.of(text("Agenda")), List.of(para(text("Not this")))),
                            new Section(2, List.of(text("What is this meeting for?")), List.of(
                                    bullets(item(text("nor this"))),
                                    para(text("Various parts of the widget community gather on a regular basis.")),
                                    para(text("Second paragraph")))),
                            new Section(2, List.of(text("What is this meeting for")),
                                    List.of(para(text("Second purpose section"))))));

            assertEquals(Optional.of("Various parts of the widget community gather on a regular basis."),
                    Preambles.description(Parts.of(document)));
        }

        @Test
        void d22MeetingPurposeSectionWithoutParagraphGivesNone() {
            assumeTrue(sectionKindsImplemented(), "SectionKind.of (D24) is not implemented yet");
            Document document = new Document(Optional.empty(), List.of(),
                    Optional.of(title(LocalDate.of(2031, 12, 2))), List.of(),
                    List.of(new Section(2, List.of(text("What is this meeting for?")), List.of()),
                            new Section(2, List.of(text("Notes")), List.of(para(text("Not this"))))));

            assertEquals(Optional.empty(), Preambles.description(Parts.of(document)));
        }

        @Test
        void d22NothingAtAll() {
            assertEquals(Optional.empty(), Preambles.description(Parts.of(doc(null,
                    para(link("Zoom link", "https://zoom.example.org/j/1"))))));
        }
    }

    static boolean sectionKindsImplemented() {
        try {
            SectionKind.of("Agenda");
            return true;
        } catch (UnsupportedOperationException notYet) {
            return false;
        }
    }

    private static LocalTime primaryTime(String destination) {
        return primaryTime(WHAT_TIME, destination);
    }

    private static LocalTime primaryTime(String text, String destination) {
        Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 5, 14), para(link(text, destination)))),
                Findings.NONE);
        return schedule.primary().orElseThrow(() -> new AssertionError("no time from " + destination)).time();
    }

    private static Optional<ZoneId> primaryZone(String destination) {
        Schedule schedule = TimeLinkSchedules.of(Parts.of(doc(LocalDate.of(2031, 5, 14), para(link(WHAT_TIME, destination)))),
                Findings.NONE);
        return schedule.primary().orElseThrow(() -> new AssertionError("no time from " + destination)).zone();
    }

    /** A document with a title (dated when {@code date} is not null), the given preamble and no sections. */
    static Document doc(LocalDate date, Block... preamble) {
        return new Document(Optional.empty(), List.of(), Optional.of(title(date)), Arrays.asList(preamble), List.of());
    }

    static Title title(LocalDate date) {
        return new Title(false, Optional.ofNullable(date), List.of(text("Widget Community Meeting")));
    }

    static Paragraph para(Inline... content) {
        return new Paragraph(Arrays.asList(content));
    }

    static Link link(String text, String destination) {
        return new Link(List.of(text(text)), destination);
    }

    static Text text(String literal) {
        return new Text(literal);
    }

    static ListBlock bullets(ListItem... items) {
        return new ListBlock(Arrays.asList(items));
    }

    static ListItem item(Inline... content) {
        return item(Arrays.asList(content), List.of());
    }

    static ListItem item(List<Inline> content, List<Block> children) {
        return new ListItem(Marker.STAR, Optional.empty(), Optional.empty(), content, children);
    }

    static ScheduledTime utc(LocalDate date, int hour, int minute) {
        return new ScheduledTime(Optional.ofNullable(date), LocalTime.of(hour, minute), Optional.of(ZoneOffset.UTC));
    }

    /** One reported finding. */
    record Finding(DiagnosticCode code, Node where, String message) {
    }

    /** Keeps what the code under test reports. */
    static final class Recorder implements Findings {

        final List<Finding> all = new ArrayList<>();

        @Override
        public void report(DiagnosticCode code, Node where, String message) {
            all.add(new Finding(code, where, message));
        }

        List<DiagnosticCode> codes() {
            return all.stream().map(Finding::code).toList();
        }
    }
}
