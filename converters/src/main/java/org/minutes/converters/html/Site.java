package org.minutes.converters.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.minutes.sdk.archive.Archive;
import org.minutes.sdk.archive.ArchiveStats;
import org.minutes.sdk.archive.ItemState;
import org.minutes.sdk.archive.Meeting;
import org.minutes.sdk.archive.MeetingDecision;
import org.minutes.sdk.archive.Person;
import org.minutes.sdk.archive.TrackedItem;
import org.minutes.sdk.ast.ListItem;
import org.minutes.sdk.ast.Nodes;
import org.minutes.sdk.diagnostic.Diagnostic;

/**
 * Writes a static site of an {@link Archive} (issue 8, point 2): plain HTML5 pages with an embedded stylesheet, no
 * script and no external asset, that read the same from the file system and from any static host.
 *
 * <table class="striped">
 * <caption>Pages, at URLs derived from dates and names</caption>
 * <tr><th>path</th><th>what</th></tr>
 * <tr><td>{@code index.html}</td><td>meetings by year, newest year first: date, name, attendance (attendees listed,
 *     and the head count, D36), open action items; an inline SVG attendance chart per year</td></tr>
 * <tr><td>{@code meetings/2026-01-14-conda-ecosystem-meeting.html}</td><td>one note, as {@link HtmlConverter}
 *     writes it, each resolved speaker a link to their page; the parser's diagnostics folded in a
 *     {@code <details>} at the end. Undated notes are named after their file</td></tr>
 * <tr><td>{@code people.html}, {@code people/marcoesters.html}</td><td>everyone listed; per person (named by GitHub
 *     handle, else by name): meetings attended, their open and closed action items, what they said (every item
 *     whose speaker resolves to them)</td></tr>
 * <tr><td>{@code actions.html}</td><td>the action-item board: open, carried to later meetings while open,
 *     closed</td></tr>
 * <tr><td>{@code decisions.html}</td><td>the decisions log (D68)</td></tr>
 * </table>
 *
 * <p>Two names giving the same URL part take {@code -2}, {@code -3} in archive order. Writing is atomic: the site is
 * built in a new folder beside {@code out}, then renamed to it; an {@code out} this class wrote before (it holds the
 * marker file {@value #MARKER}) is swapped out by a second rename and deleted. An existing {@code out} that is not
 * such a site, and not an empty folder, is never touched.
 *
 * <pre>{@code
 * Site.write(Archive.open(Path.of("notes")), Path.of("/tmp/site"), new SiteOptions("conda meetings"));
 * }</pre>
 */
public final class Site {

    /** The file that marks a folder as a site this class wrote, which a later write may replace. */
    public static final String MARKER = ".minutes-site";

    /** The index's heading over the meetings no D84 source dates, after the years. */
    private static final String UNDATED = "Undated";

    private final Archive archive;
    private final SiteOptions options;
    private final Map<Meeting, String> meetingPages = new IdentityHashMap<>();
    private final Map<Person, String> personPages = new LinkedHashMap<>();

    private Site(Archive archive, SiteOptions options) {
        this.archive = archive;
        this.options = options;
        Slugs meetingSlugs = new Slugs();
        for (Meeting meeting : archive.meetings()) {
            String name = meeting.date().map(date -> date + " " + meeting.name())
                    .orElseGet(() -> stem(meeting.path()));
            meetingPages.put(meeting, "meetings/" + meetingSlugs.unique(name, "meeting") + ".html");
        }
        Slugs personSlugs = new Slugs();
        for (Person person : archive.people()) {
            personPages.put(person, "people/" + personSlugs.unique(person.github().orElse(person.name()), "person")
                    + ".html");
        }
    }

    /**
     * Writes the site of an archive to {@code out}, atomically.
     *
     * @param archive the archive
     * @param out     the site's folder: absent, empty, or a site written before
     * @param options the site's title
     * @throws FileAlreadyExistsException when {@code out} exists and is neither an empty folder nor a site written by
     *                                    this class (no {@value #MARKER}); it is left as it was
     * @throws IOException                when writing fails; {@code out} is then left as it was
     */
    public static void write(Archive archive, Path out, SiteOptions options) throws IOException {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(options, "options");
        Path target = out.toAbsolutePath().normalize();
        boolean replace = checkReplaceable(target);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            readable(temp);
            new Site(archive, options).writeInto(temp);
            Files.writeString(temp.resolve(MARKER), "Written by Minutes (org.minutes.converters.html.Site); "
                    + "the next site written here replaces this folder.\n", StandardCharsets.UTF_8);
            if (replace) {
                Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            if (Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(temp);
            }
        }
    }

    /** Whether {@code out} exists and may be replaced; refuses what was not written by this class. */
    private static boolean checkReplaceable(Path out) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(out.toString(), null,
                    "exists and is no folder: a site is written only to a new or empty folder or over a site "
                            + "Minutes wrote");
        }
        if (Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            if (entries.iterator().hasNext()) {
                throw new FileAlreadyExistsException(out.toString(), null,
                        "is a folder Minutes did not write (no " + MARKER + " file): not overwritten");
            }
        }
        return true;
    }

    /** A temporary folder is the owner's alone; the site it becomes is for a web server to read too. */
    private static void readable(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String stem(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private void writeInto(Path root) throws IOException {
        Files.createDirectories(root.resolve("meetings"));
        Files.createDirectories(root.resolve("people"));
        page(root, "index.html", index());
        page(root, "people.html", people());
        page(root, "actions.html", board());
        page(root, "decisions.html", decisions());
        for (Meeting meeting : archive.meetings()) {
            page(root, meetingPages.get(meeting), meeting(meeting));
        }
        for (Map.Entry<Person, String> person : personPages.entrySet()) {
            page(root, person.getValue(), person(person.getKey()));
        }
    }

    private static void page(Path root, String path, String html) throws IOException {
        Files.writeString(root.resolve(path), html, StandardCharsets.UTF_8);
    }

    // ---- frame ----

    /** Starts a page: head, site navigation, {@code <main>}; {@code up} is {@code ../} for pages in a subfolder. */
    private Markup start(String title, String up) {
        Markup out = new Markup();
        Page.start(out, title.equals(options.title()) ? title : title + " · " + options.title());
        out.raw("<header><nav class=\"site\" aria-label=\"Site\">");
        link(out, up + "index.html", options.title());
        link(out, up + "people.html", "People");
        link(out, up + "actions.html", "Action items");
        link(out, up + "decisions.html", "Decisions");
        out.raw("</nav></header>\n<main>\n");
        return out;
    }

    private static String end(Markup out) {
        out.raw("\n</main>\n<footer><p>Written by Minutes from the meeting notes.</p></footer>");
        Page.end(out);
        return out.toString();
    }

    private static void link(Markup out, String href, String text) {
        out.raw("<a").attribute("href", href).raw(">").text(text).close("a");
    }

    private void meetingLink(Markup out, Meeting meeting, String up) {
        link(out, up + meetingPages.get(meeting), HtmlConverter.headingOf(meeting.document()));
    }

    private void personLink(Markup out, Person person, String up) {
        link(out, up + personPages.get(person), person.name());
    }

    // ---- index ----

    private String index() {
        Markup out = start(options.title(), "");
        out.element("h1", options.title());
        out.open("p").text(count(archive.meetings().size(), "meeting", "meetings") + ", "
                + count(archive.people().size(), "person", "people") + ", "
                + count(archive.actionItems().size(), "action item", "action items") + ", "
                + count(archive.decisions().size(), "decision", "decisions") + ".").close("p");
        Map<String, List<ArchiveStats.Attendance>> byYear = new TreeMap<>(Comparator
                .comparing((String year) -> year.equals(UNDATED)).thenComparing(Comparator.reverseOrder()));
        for (ArchiveStats.Attendance attendance : archive.stats().attendance()) {
            String year = attendance.meeting().date().map(date -> String.valueOf(date.getYear())).orElse(UNDATED);
            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(attendance);
        }
        for (Map.Entry<String, List<ArchiveStats.Attendance>> year : byYear.entrySet()) {
            String id = "year-" + year.getKey().toLowerCase(java.util.Locale.ROOT);
            out.raw("<section").attribute("aria-labelledby", id).raw("><h2").attribute("id", id).raw(">")
                    .text(year.getKey()).close("h2");
            List<ArchiveStats.Attendance> meetings = new ArrayList<>(year.getValue());
            java.util.Collections.reverse(meetings);
            out.raw("<table><caption>").text("Meetings of " + year.getKey()).raw("</caption><thead><tr>")
                    .raw("<th scope=\"col\">Date</th><th scope=\"col\">Meeting</th>")
                    .raw("<th scope=\"col\">Attendance</th><th scope=\"col\">Open action items</th></tr></thead>")
                    .raw("<tbody>");
            for (ArchiveStats.Attendance attendance : meetings) {
                Meeting meeting = attendance.meeting();
                out.open("tr").open("td").text(meeting.date().map(Object::toString).orElse("—")).close("td")
                        .open("td");
                link(out, meetingPages.get(meeting), meeting.name().isBlank() ? stem(meeting.path()) : meeting.name());
                out.close("td").open("td").text(attendanceText(attendance)).close("td")
                        .open("td").text(String.valueOf(meeting.document().openActionItems().size())).close("td")
                        .close("tr");
            }
            out.raw("</tbody></table>");
            if (!year.getKey().equals(UNDATED)) {
                Charts.attendance(out, year.getKey(), year.getValue());
            }
            out.close("section");
        }
        return end(out);
    }

    private static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String attendanceText(ArchiveStats.Attendance attendance) {
        String listed = attendance.attendees() + " listed";
        return attendance.headCount().isPresent() ? listed + ", " + attendance.headCount().getAsInt() + " counted"
                : listed;
    }

    // ---- meeting ----

    private String meeting(Meeting meeting) {
        String heading = HtmlConverter.headingOf(meeting.document());
        Markup out = start(heading, "../");
        new NoteRenderer(out, meeting.document(), who -> speaker(meeting, who)).article(heading);
        List<Diagnostic> diagnostics = meeting.diagnostics();
        if (!diagnostics.isEmpty()) {
            out.raw("<details class=\"diagnostics\"><summary>").text("Diagnostics (" + diagnostics.size() + ")")
                    .raw("</summary><ul>");
            for (Diagnostic diagnostic : diagnostics) {
                out.open("li").open("code").text(meeting.path().getFileName() + ":" + diagnostic.start())
                        .close("code").text(" " + diagnostic.severity().label() + " " + diagnostic.code().id() + ": "
                                + diagnostic.message()).close("li");
            }
            out.raw("</ul></details>");
        }
        return end(out);
    }

    private Optional<NoteRenderer.Speaker> speaker(Meeting meeting, String who) {
        return meeting.document().resolveSpeaker(who).map(attendee -> new NoteRenderer.Speaker(
                NoteRenderer.speakerTitle(attendee),
                archive.speaker(meeting, who).map(person -> "../" + personPages.get(person))));
    }

    // ---- people ----

    private String people() {
        Markup out = start("People", "");
        out.element("h1", "People");
        out.raw("<table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">GitHub</th>")
                .raw("<th scope=\"col\">Meetings attended</th><th scope=\"col\">First seen</th>")
                .raw("<th scope=\"col\">Last seen</th></tr></thead><tbody>");
        for (Person person : archive.people()) {
            out.open("tr").open("td");
            personLink(out, person, "");
            out.close("td").open("td").text(person.github().map(h -> "@" + h).orElse("")).close("td")
                    .open("td").text(String.valueOf(person.meetingsAttended().size())).close("td")
                    .open("td").text(person.firstSeen().map(Object::toString).orElse("")).close("td")
                    .open("td").text(person.lastSeen().map(Object::toString).orElse("")).close("td").close("tr");
        }
        out.raw("</tbody></table>");
        return end(out);
    }

    private String person(Person person) {
        Markup out = start(person.name(), "../");
        out.element("h1", person.name());
        out.open("dl");
        person.github().ifPresent(handle -> {
            out.element("dt", "GitHub").open("dd");
            link(out, "https://github.com/" + handle, "@" + handle);
            out.close("dd");
        });
        if (!person.initials().isEmpty()) {
            out.element("dt", "Initials").element("dd", String.join(", ", person.initials()));
        }
        if (!person.affiliations().isEmpty()) {
            out.element("dt", "Affiliations").element("dd",
                    String.join(", ", person.affiliations().stream().map(s -> s.value()).toList()));
        }
        out.close("dl");

        heading(out, "Meetings attended");
        out.open("ul");
        for (Meeting meeting : person.meetingsAttended()) {
            out.open("li");
            meetingLink(out, meeting, "../");
            out.close("li");
        }
        out.close("ul").close("section");

        List<TrackedItem> items = archive.actionItems().stream().filter(item -> item.assignees().contains(person))
                .toList();
        heading(out, "Open action items");
        items(out, items.stream().filter(item -> item.state() == ItemState.OPEN).toList(), "../");
        out.close("section");
        heading(out, "Closed action items");
        items(out, items.stream().filter(item -> item.state() == ItemState.CLOSED).toList(), "../");
        out.close("section");

        heading(out, "What they said");
        boolean any = false;
        for (Meeting meeting : archive.meetings()) {
            List<ListItem> remarks = remarks(meeting, person);
            if (remarks.isEmpty()) {
                continue;
            }
            if (!any) {
                out.open("dl", "remarks");
                any = true;
            }
            out.open("dt");
            meetingLink(out, meeting, "../");
            out.close("dt");
            for (ListItem remark : remarks) {
                out.open("dd");
                NoteRenderer.inlines(out, remark.content());
                out.close("dd");
            }
        }
        if (any) {
            out.close("dl");
        } else {
            out.element("p", "No remark of theirs is recorded.");
        }
        out.close("section");
        return end(out);
    }

    private static void heading(Markup out, String text) {
        String id = Slugs.slug(text, "part");
        out.raw("<section").attribute("aria-labelledby", id).raw("><h2").attribute("id", id).raw(">").text(text)
                .close("h2");
    }

    /** The items of a meeting whose speaker prefix (D49, D91) names the person, in document order. */
    private List<ListItem> remarks(Meeting meeting, Person person) {
        List<ListItem> remarks = new ArrayList<>();
        Nodes.walk(meeting.document(), node -> {
            if (node instanceof ListItem item && item.speaker().isPresent() && item.speaker().get().initials()
                    .stream().anyMatch(who -> archive.speaker(meeting, who).filter(person::equals).isPresent())) {
                remarks.add(item);
            }
        });
        return remarks;
    }

    // ---- action items and decisions ----

    private String board() {
        Markup out = start("Action items", "");
        out.element("h1", "Action items");
        out.open("div", "board");
        List<TrackedItem> all = archive.actionItems();
        heading(out, "Open");
        items(out, all.stream().filter(i -> i.state() == ItemState.OPEN && i.timesCarried() == 0).toList(), "");
        out.close("section");
        heading(out, "Carried");
        items(out, all.stream().filter(i -> i.state() == ItemState.OPEN && i.timesCarried() > 0).toList(), "");
        out.close("section");
        heading(out, "Closed");
        items(out, all.stream().filter(i -> i.state() == ItemState.CLOSED).toList(), "");
        out.close("section");
        out.close("div");
        return end(out);
    }

    private void items(Markup out, List<TrackedItem> items, String up) {
        if (items.isEmpty()) {
            out.element("p", "None.");
            return;
        }
        out.open("ul");
        for (TrackedItem item : items) {
            out.open("li", item.state() == ItemState.OPEN ? "action-item" : "action-item done")
                    .open("span", "item-text").text(item.text()).close("span").raw("<br>");
            if (!item.assignees().isEmpty()) {
                out.text("Assigned to ");
                for (int i = 0; i < item.assignees().size(); i++) {
                    out.text(i == 0 ? "" : ", ");
                    personLink(out, item.assignees().get(i), up);
                }
                out.text("; ");
            }
            out.text("opened in ");
            meetingLink(out, item.openedIn(), up);
            if (item.timesCarried() > 0) {
                out.text("; carried " + count(item.timesCarried(), "time", "times"));
            }
            Optional<Meeting> closed = item.closedIn();
            if (closed.isPresent()) {
                out.text("; closed in ");
                meetingLink(out, closed.get(), up);
            }
            out.text("; " + count(item.ageDays(), "day", "days") + ".").close("li");
        }
        out.close("ul");
    }

    private String decisions() {
        Markup out = start("Decisions", "");
        out.element("h1", "Decisions");
        if (archive.decisions().isEmpty()) {
            out.element("p", "No decision is recorded.");
            return end(out);
        }
        out.raw("<table><thead><tr><th scope=\"col\">Meeting</th><th scope=\"col\">Decision</th>")
                .raw("<th scope=\"col\">Speakers</th></tr></thead><tbody>");
        for (MeetingDecision decision : archive.decisions()) {
            out.open("tr").open("td");
            meetingLink(out, decision.meeting(), "");
            out.close("td").open("td", "decision").text(decision.decision().text()).close("td").open("td");
            List<String> speakers = decision.decision().speakers();
            for (int i = 0; i < speakers.size(); i++) {
                out.text(i == 0 ? "" : ", ");
                String who = speakers.get(i);
                Optional<Person> person = archive.speaker(decision.meeting(), who);
                if (person.isPresent()) {
                    link(out, personPages.get(person.get()), who);
                } else {
                    out.text(who);
                }
            }
            out.close("td").close("tr");
        }
        out.raw("</tbody></table>");
        return end(out);
    }
}
