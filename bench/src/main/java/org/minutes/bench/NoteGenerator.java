package org.minutes.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a weekly series of meeting notes shaped like the real ones ({@code samples/*.md}, the seeds and the shared
 * examples), for benchmarks that need more text than five samples: the {@link Corpus#GENERATED} corpus, and an
 * archive of many notes over which people recur and action items are carried from week to week.
 *
 * <p>Every note has YAML front matter (tags), a dated title ({@code # 2023-03-01 Widget Community Meeting}), a
 * meeting link and time links (D19–D21), a description, an attendee table (with a head count) or a numbered attendee
 * list (D27–D33) whose names are often non-ASCII and sometimes hold an emoji, GitHub handles, and sections as conda's
 * notes have them: introductions, announcements with an HTML comment, {@code ## From previous meetings} (the open
 * action items of earlier notes, some now ticked, and the topics deferred last week), {@code ## New agenda items}
 * (topics with a checkbox and a speaker, nested discussion with initials, parenthesised and name speakers (D49, D91),
 * links, bare URLs, code spans, emoji, decisions (D68) and follow-up action items (D67 (c))), {@code ## Deferred to
 * next meeting} and, now and then, a decisions section. An action item is written once where it is agreed and then
 * under {@code From previous meetings} in every later note until it is ticked there (mostly when its assignee is
 * present) or given up after some weeks; every note holds at least one. A core of people comes to most meetings,
 * others come and go over a part of the series; the series switches from tables to numbered lists three quarters in.
 *
 * <p>The output depends on the seed and the count only ({@link Random} is specified to the bit), so a seed and a
 * count name a corpus; the count stretches the series (people's active spans and the switch are shares of it), so
 * fewer notes are not the start of more. Each note aims at a size drawn around {@link #BYTES_PER_NOTE}, so {@code count} notes hold about
 * {@code count * BYTES_PER_NOTE} bytes: the default 155 notes about 510 KB, the size of the real archive of that many
 * notes the performance issue measured.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.minutes.bench.NoteGenerator DIR [--count N] [--seed S]
 * </pre>
 */
public final class NoteGenerator {

    /** The seed of the benchmark corpus. */
    public static final long DEFAULT_SEED = 12;

    /** The number of notes of the benchmark corpus. */
    public static final int DEFAULT_COUNT = 155;

    /** The mean size of a note in UTF-8 bytes that the generator aims at. */
    public static final int BYTES_PER_NOTE = 3300;

    /**
     * One generated note.
     *
     * @param fileName the file name it is written under, {@code YYYY-MM-DD-widget-community.md}
     * @param date     the meeting's date, also in the title
     * @param text     the note
     */
    public record Note(String fileName, LocalDate date, String text) {
    }

    /** The first meeting of every series: a Wednesday. */
    private static final LocalDate FIRST_MEETING = LocalDate.of(2023, 1, 4);

    /** The share of the series after which notes use numbered attendee lists and the "Ecosystem" name. */
    private static final double NUMBERED_ERA = 0.75;

    /** Notes give up on an action item nobody ticked after this many carries. */
    private static final int MAX_CARRIES = 6;

    private static final List<Person> PEOPLE = List.of(
            new Person("Jaume Puig-Ferrer", "JPF", "jaumepf", "Quansight, widget-forge/core", 0.9, 0, 1),
            new Person("Zoë Ångström", "ZÅ", "zoeang", "Anaconda", 0.85, 0, 1),
            new Person("Łukasz Wróbel", "ŁW", "lwrobel", "prefix.dev, widget-forge/core", 0.8, 0, 1),
            new Person("Søren Ødegård", "SØ", "sodegard", "NumFOCUS", 0.5, 0, 0.7),
            new Person("Ayşe Yılmaz", "AY", "ayseyilmaz", "QuantCo", 0.6, 0.1, 1),
            new Person("Nguyễn Thị Hoa", "NTH", "nguyenhoa", "OpenTeams", 0.45, 0.2, 1),
            new Person("Chloé Marchand", "CM", "cmarchand", "Anaconda/wf", 0.7, 0, 1),
            new Person("José Muñoz", "JM", "jmunoz", "Anaconda", 0.4, 0, 0.6),
            new Person("Björn Müller", "BM", "bmueller", "NVIDIA/wf", 0.65, 0, 1),
            new Person("Αλέξης Παπαδόπουλος", "ΑΠ", "apapado", "GRNET", 0.3, 0.3, 0.9),
            new Person("Дарья Смирнова", "ДС", "dsmirnova", "JetBrains", 0.35, 0.15, 1),
            new Person("田中 花子", "HT", "htanaka", "Preferred Networks", 0.3, 0.4, 1),
            new Person("Marius van Dijk", "MvD", "mvandijk", "Quansight", 0.55, 0, 1),
            new Person("Priya S. Ramaswamy", "PSR", "priyasr", "Microsoft", 0.4, 0.25, 1),
            new Person("Matthew O'Brien", "MOB", "mobrien", "Anaconda", 0.5, 0, 0.5),
            new Person("Dan Okafor", "DO", "dokafor", "NVIDIA", 0.45, 0.1, 1),
            new Person("Isabel Cruz 🌻", "IC", "icruz", "widget-forge 🐍", 0.5, 0, 1),
            new Person("Wen Zhao", "WZ", "wenzhao", "prefix.dev", 0.55, 0.05, 1),
            new Person("Kai Nakamura", "KN", "kainak", "Quansight", 0.3, 0.5, 1),
            new Person("Fatima Zahra El Idrissi", "FZE", "fzelidrissi", "independent", 0.25, 0.3, 1),
            new Person("Oliver Brandt", "OB", "obrandt", "Anaconda", 0.35, 0, 0.4),
            new Person("Rahel Tesfaye", "RT", "rtesfaye", "NumFOCUS", 0.3, 0.2, 1),
            new Person("Mateus Carvalho", "MC", "mcarvalho", "QuantCo", 0.4, 0.35, 1),
            new Person("Ingrid Solberg", "IS", "isolberg", "Equinor", 0.2, 0.1, 0.8),
            new Person("Hannah Becker", "HB", "hbecker", "Anaconda", 0.45, 0.6, 1),
            new Person("Lucía Fernández", "LF", "luciaf", "Quansight", 0.35, 0.45, 1),
            new Person("Emeka Obi ✨", "EO", "emekaobi", "widget-forge 🐍", 0.3, 0.2, 1),
            new Person("Sven Lindqvist", "SL", "svenl", "prefix.dev", 0.25, 0.7, 1));

    private static final List<String> PROJECTS = List.of("widget", "widget-build", "gizmo", "sprocket",
            "widget-libsolv", "cogwheel", "widget-forge", "flange", "widget-lock", "gizmo-pypi");

    private static final List<String> CODE = List.of("widget install --solver=fast", "libwidget >=2.1",
            ".widgetrc", "WIDGET_PKGS_DIRS", "pyproject.toml", "recipe.yaml", "--override-channels",
            "widget.base.context::context", "noarch: python", "__glibc", "run_exports", "widget env export",
            "repodata.json.zst", "sprocket.lock", "@widget/core");

    private static final List<String> EMOJI = List.of(":tada:", ":rocket:", "🎉", "🚀", "✅", "👀", ":+1:",
            "🙏", ":sparkles:");

    private static final List<String> PLACES = List.of("Zürich", "São Paulo", "Kraków", "Brussels", "Montréal",
            "Tōkyō", "Reykjavík");

    private static final List<String> TOPICS = List.of(
            "New draft CEP for {feature}",
            "{project} {version} release :tada:",
            "Next steps with the {feature} CEP",
            "Update on `{code}` support in {project}",
            "{project}: migrate CI from Azure to GitHub Actions?",
            "Should we deprecate `{code}`?",
            "Security improvements: sigstore verification for {project} ({link})",
            "Who's attending the sprint in {place}?",
            "{project} download statistics",
            "Call for volunteers: {feature}",
            "Vote on {feature}: {url}",
            "Roadmap for {project} in {year}",
            "Windows ARM builds for {project}, who signs the binaries?",
            "Docs: the *{feature}* guide needs screenshots",
            "Experiments with `{code}` and {project}",
            "{project}: one {feature} for all clients?");

    private static final List<String> FEATURES = List.of("wheel support in repodata", "conditional match specs",
            "sharded repodata", "free-threading builds", "lockfile format v2", "plugin hooks", "trusted publishing",
            "virtual packages", "package signing", "menu shortcuts", "the new solver", "channel mirroring",
            "reproducible builds", "recipe format v1");

    private static final List<String> REMARKS = List.of(
            "Requesting feedback :) TL;DR: add the metadata so clients can handle it directly.",
            "Draft PR is up: {url}",
            "Can we add a test for this, so it doesn't happen again?",
            "Concerns about breaking `{code}` for existing users.",
            "Tried it locally with `{code}`, works for me {emoji}",
            "See the discussion in {link} and {url}",
            "It would be one of the building blocks for that, yes.",
            "Not sure this is worth the hassle for the small % of packages that need it.",
            "We could ask the steering council to vote on it next week.",
            "Thanks {first} for the help with the migration {emoji}",
            "Is this documented anywhere? The *naïve* approach breaks on `{code}`.",
            "{project} already does this since {version}, see {url}",
            "Benchmarks: 2–3× faster on large environments, **much** less memory.",
            "Needs a CEP before we change the default.",
            "Let's move the details to the issue tracker: {url}",
            "Agree, but the façade should stay backwards compatible.",
            "There's an env var that forces the old behaviour: `{code}`",
            "Will arrive on Friday, the sprint starts on Saturday.");

    private static final List<String> ACTIONS = List.of(
            "open a PR to pin `{code}` in {project}",
            "ask the steering council to vote on {feature}",
            "write the announcement for the {project} {version} release",
            "file an issue about {feature} in {project}",
            "draft the CEP for {feature}",
            "check the download statistics of {project} with the data team",
            "update the docs of `{code}`",
            "set up the {place} sprint page",
            "review {link}",
            "email NumFOCUS about the CI credits for {project}",
            "reply to the thread about {feature} on Zulip");

    private static final List<String> DECISIONS = List.of(
            "move {feature} to the next release of {project}",
            "give it a try in the next call",
            "keep `{code}` for one more release, then deprecate it",
            "hold the vote on {feature} asynchronously",
            "the {place} sprint happens in {year}");

    private static final List<String> ANNOUNCEMENTS = List.of(
            "{project} {version} is out {emoji}",
            "Ongoing vote to graduate {project} to the widget org: {url}",
            "New meeting schedule for {year}! Welcome!",
            "{project} docs moved to {link}",
            "Reminder: the {place} sprint is open for registration",
            "Blog post about {feature}: {link}");

    private final Random random;
    private final List<OpenItem> openItems = new ArrayList<>();
    private final Set<Person> introduced = new HashSet<>();
    private List<Deferred> deferred = List.of();
    private int issueNumber = 1200;
    private LocalDate today = FIRST_MEETING;

    private NoteGenerator(long seed) {
        random = new Random(seed);
    }

    /**
     * Generates a weekly series of notes: Wednesdays from 2023-01-04, but for the holidays around the new year and a
     * week now and then.
     *
     * @param seed  the seed; the same seed and count give the same notes
     * @param count how many notes
     * @return the notes in date order
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public static List<Note> generate(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " must not be negative");
        }
        NoteGenerator generator = new NoteGenerator(seed);
        List<Note> notes = new ArrayList<>(count);
        LocalDate date = FIRST_MEETING;
        for (int index = 0; index < count; index++) {
            notes.add(generator.note(index, count, date));
            do {
                date = date.plusWeeks(1);
            } while (isHoliday(date) || generator.random.nextInt(20) == 0);
        }
        return List.copyOf(notes);
    }

    /**
     * Writes notes into a directory, which is created if need be; existing files of the same names are replaced.
     *
     * @param args {@code DIR [--count N] [--seed S]}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = null;
        int count = DEFAULT_COUNT;
        long seed = DEFAULT_SEED;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--count" -> count = Integer.parseInt(value(args, ++i));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    default -> {
                        if (dir != null || args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                        }
                        dir = Path.of(args[i]);
                    }
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("no directory given");
            }
            if (count < 0) {
                throw new IllegalArgumentException("--count must not be negative");
            }
        } catch (IllegalArgumentException e) {
            usage(System.err, e.getMessage());
            System.exit(2);
            return;
        }
        long bytes = write(generate(seed, count), dir);
        System.out.println("wrote " + count + " notes (" + bytes + " bytes, seed " + seed + ") to " + dir);
    }

    /**
     * Writes notes into a directory, each under its file name, in UTF-8; the directory is created if need be and
     * files of the same names are replaced.
     *
     * @param notes the notes
     * @param dir   the directory
     * @return the bytes written
     * @throws IOException if the directory or a file cannot be written
     */
    public static long write(List<Note> notes, Path dir) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        for (Note note : notes) {
            byte[] utf8 = note.text().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(note.fileName()), utf8);
            bytes += utf8.length;
        }
        return bytes;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(PrintStream err, String problem) {
        err.println("NoteGenerator: " + problem);
        err.println("usage: NoteGenerator DIR [--count N] [--seed S]   (defaults: " + DEFAULT_COUNT + " notes, seed "
                + DEFAULT_SEED + ")");
    }

    private static boolean isHoliday(LocalDate date) {
        return date.getMonth() == Month.DECEMBER && date.getDayOfMonth() > 20
                || date.getMonth() == Month.JANUARY && date.getDayOfMonth() < 4;
    }

    private Note note(int index, int count, LocalDate date) {
        today = date;
        double progress = count <= 1 ? 0 : index / (double) (count - 1);
        boolean numbered = progress >= NUMBERED_ERA ? random.nextInt(10) > 0 : random.nextInt(10) == 0;
        List<Person> present = attendees(progress);
        String box = progress < 0.5 ? "[X]" : "[x]";
        int budget = (int) (BYTES_PER_NOTE * (0.5 + 0.84 * random.nextDouble()));
        StringBuilder head = head(numbered, present, box);

        boolean carries = !openItems.isEmpty();
        List<Deferred> notReached = new ArrayList<>();
        StringBuilder previous = fromPrevious(index, present, box, notReached);
        for (int i = random.nextInt(8) < 5 ? 0 : 1 + random.nextInt(2); i > 0; i--) {
            notReached.add(new Deferred(pick(present), fill(pick(TOPICS), present)));
        }
        StringBuilder tail = new StringBuilder();
        if (!notReached.isEmpty()) {
            tail.append("## Deferred to next meeting\n\n");
            notReached.forEach(d -> tail.append("- [ ] ").append(d.owner().initials()).append(": ").append(d.title())
                    .append('\n'));
            tail.append('\n');
        }
        if (random.nextInt(6) == 0) {
            tail.append("## Decisions\n\n");
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                tail.append("- Agreed: ").append(fill(pick(DECISIONS), present)).append('\n');
            }
            tail.append('\n');
        }

        StringBuilder agenda = new StringBuilder("## New agenda items\n\n");
        if (random.nextBoolean()) {
            agenda.append("<!-- Add your agenda items below, with your initials -->\n\n");
        }
        int fixed = utf8Length(head) + utf8Length(previous) + utf8Length(tail);
        List<OpenItem> agreed = new ArrayList<>();
        do {
            agenda.append(topic(index, present, box, agreed));
        } while (fixed + utf8Length(agenda) < budget || !carries && agreed.isEmpty());
        agenda.append('\n');
        openItems.addAll(agreed);
        deferred = notReached;

        String text = head.append(previous).append(agenda).append(tail).toString().stripTrailing() + "\n";
        return new Note(date + "-widget-" + (numbered ? "ecosystem" : "community") + ".md", date, text);
    }

    /** Front matter, title, links, description, attendees, introductions and announcements. */
    private StringBuilder head(boolean numbered, List<Person> present, String box) {
        StringBuilder head = new StringBuilder();
        head.append("---\ntags: [meeting-notes").append(random.nextInt(6) == 0 ? ", widget-community" : "")
                .append("]\n---\n");
        String series = numbered ? "Widget Ecosystem" : "Widget Community";
        head.append("# ").append(today).append(' ').append(series).append(" Meeting\n\n");
        head.append("[Zoom link](https://zoom.example.org/j/9138593505?pwd=V2lkZ2V0TWVldGluZw) · ");
        if (random.nextInt(4) == 0) {
            head.append("[What time is the meeting in my time zone](https://arewemeetingyet.example.org/UTC/")
                    .append(today).append("/17:00/w/Widget%20").append(series.substring(7)).append("%20Meeting)");
        } else {
            head.append("[What time is the meeting in my time zone: 5pm](https://dateful.example.org/convert/utc?t=5pm)"
                    + ", [2pm](https://dateful.example.org/convert/utc?t=2pm)");
        }
        head.append("\n\nVarious parts of the widget ").append(numbered ? "ecosystem" : "community")
                .append(" gather on a regular basis. This meeting brings together all of these sub-communities for a"
                        + " community wide call.\n\n");
        head.append("## Attendees\n\n").append(numbered ? numberedList(present) : table(present));
        head.append(introductions(present, box)).append(announcements(present, box));
        return head;
    }

    /** Who comes: each active person with their presence, at least three people. */
    private List<Person> attendees(double progress) {
        List<Person> present = new ArrayList<>();
        for (Person person : PEOPLE) {
            if (progress >= person.from() && progress <= person.to() && random.nextDouble() < person.presence()) {
                present.add(person);
            }
        }
        for (Person person : PEOPLE) {
            if (present.size() >= 3) {
                break;
            }
            if (!present.contains(person)) {
                present.add(person);
            }
        }
        Collections.shuffle(present, random);
        return present;
    }

    private String table(List<Person> present) {
        String[] header = {"Name", "Initials", "Affiliation", "GH Username"};
        List<String[]> rows = new ArrayList<>();
        for (Person p : present) {
            rows.add(new String[] {p.name(), p.initials(), p.affiliation().replace(", ", "/"),
                (random.nextInt(8) == 0 ? "@" : "") + p.handle()});
        }
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, header, widths);
        out.append('|');
        for (int width : widths) {
            out.append("-".repeat(width + 2)).append('|');
        }
        out.append('\n');
        rows.forEach(row -> appendRow(out, row, widths));
        for (int blank = random.nextInt(4) == 0 ? 2 + random.nextInt(5) : 0; blank > 0; blank--) {
            appendRow(out, new String[] {"", "", "", ""}, widths);
        }
        out.append('\n');
        if (random.nextInt(3) > 0) {
            out.append(present.size() + random.nextInt(5)).append(" people in total\n\n");
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int c = 0; c < cells.length; c++) {
            out.append(' ').append(cells[c]).append(" ".repeat(widths[c] - cells[c].length() + 1)).append('|');
        }
        out.append('\n');
    }

    private String numberedList(List<Person> present) {
        StringBuilder out = new StringBuilder();
        boolean counting = random.nextBoolean();
        int n = 0;
        for (Person p : present) {
            n++;
            out.append(counting ? n : 1).append(". ");
            out.append(p.initials()).append(random.nextInt(3) == 0 ? ", " : ": ").append(p.name())
                    .append(" (@").append(p.handle()).append("), ").append(p.affiliation()).append('\n');
        }
        if (random.nextBoolean()) {
            out.append(counting ? n + 1 : 1).append(". \n");
        }
        return out.append('\n').toString();
    }

    private String introductions(List<Person> present, String box) {
        StringBuilder out = new StringBuilder(random.nextInt(3) == 0 ? "## Introductions 👋\n\n" : "## Introductions\n\n");
        boolean first = introduced.isEmpty();
        boolean any = false;
        for (Person p : present) {
            if (introduced.add(p) && !first) {
                out.append("- ").append(box).append(' ').append(p.initials()).append(": Hi! I'm ")
                        .append(p.firstName()).append(", I work on ").append(fill("{project} at ", present))
                        .append(p.affiliation().split(",")[0]).append(' ').append(pick(EMOJI)).append('\n');
                any = true;
            }
        }
        return out.append(any ? "\n" : "- [ ]\n\n").toString();
    }

    private String announcements(List<Person> present, String box) {
        StringBuilder out = new StringBuilder(random.nextInt(4) == 0 ? "## Announcements :mega:\n\n"
                : "## Announcements\n\n");
        out.append("<!-- New releases, upcoming changes, ongoing votes --->\n\n");
        int n = random.nextInt(4);
        if (n == 0) {
            return out.append("- [ ]\n\n").toString();
        }
        for (int i = 0; i < n; i++) {
            out.append("- ").append(box).append(' ').append(speaker(pick(present), present)).append(' ')
                    .append(fill(pick(ANNOUNCEMENTS), present)).append('\n');
            if (random.nextInt(3) == 0) {
                out.append("    - ").append(fill("{url}", present)).append('\n');
            }
        }
        return out.append('\n').toString();
    }

    /**
     * The section that carries the open action items of earlier notes (ticked now and then, given up after {@link
     * #MAX_CARRIES}) and last week's deferred topics, in one of the two layouts conda's notes use: an {@code ###
     * Action items} section (D93), or a topic whose checkbox children are the items (D67 (c)). A deferred topic
     * not reached again is deferred again.
     */
    private StringBuilder fromPrevious(int index, List<Person> present, String box, List<Deferred> notReached) {
        StringBuilder out = new StringBuilder();
        if (openItems.isEmpty() && deferred.isEmpty()) {
            return out;
        }
        out.append("## From previous meetings\n\n");
        for (Deferred topic : deferred) {
            boolean reached = random.nextInt(4) > 0;
            out.append("- ").append(reached ? box : "[ ]").append(' ').append(topic.owner().initials()).append(": ")
                    .append(topic.title()).append('\n');
            if (!reached) {
                notReached.add(topic);
            } else {
                out.append("    - ").append(speaker(pick(present), present)).append(' ')
                        .append(fill(pick(REMARKS), present)).append('\n');
            }
        }
        if (!deferred.isEmpty()) {
            out.append('\n');
        }
        if (openItems.isEmpty()) {
            return out;
        }
        String indent;
        if (random.nextBoolean()) {
            out.append("### Action items\n\n");
            indent = "";
        } else {
            out.append("- ").append(box).append(" Action items from previous meetings\n");
            indent = "    ";
        }
        for (Iterator<OpenItem> it = openItems.iterator(); it.hasNext();) {
            OpenItem item = it.next();
            boolean done = random.nextInt(20) < (present.contains(item.owner()) ? 9 : 1);
            out.append(indent).append("- ").append(done ? box : "[ ]").append(' ').append(item.owner().initials())
                    .append(": ").append(item.text()).append('\n');
            if (done || index - item.agreed() >= MAX_CARRIES) {
                it.remove();
            }
        }
        return out.append('\n');
    }

    /** One agenda topic: discussed (mostly) with remarks, maybe a decision, maybe follow-up action items. */
    private String topic(int index, List<Person> present, String box, List<OpenItem> agreed) {
        Person owner = pick(present);
        boolean discussed = random.nextInt(8) > 0;
        StringBuilder out = new StringBuilder("- ").append(discussed ? box : "[ ]").append(' ');
        out.append(random.nextInt(5) == 0 ? "(" + owner.initials() + ")" : owner.initials() + ":").append(' ')
                .append(fill(pick(TOPICS), present)).append('\n');
        if (!discussed) {
            return out.toString();
        }
        int depth = 0;
        for (int remarks = random.nextInt(6); remarks > 0; remarks--) {
            depth = 1 + random.nextInt(Math.min(depth + 1, 3));
            String indent = "    ".repeat(depth);
            if (random.nextInt(6) == 0) {
                out.append(indent).append("- ").append(fill("{url}", present)).append('\n');
            } else {
                out.append(indent).append("- ").append(speaker(pick(present), present)).append(' ')
                        .append(fill(pick(REMARKS), present)).append('\n');
            }
        }
        if (random.nextInt(4) == 0) {
            String label = List.of("Decision", "Consensus", "Agreed").get(random.nextInt(3));
            out.append("    - ").append(label).append(": ").append(fill(pick(DECISIONS), present)).append('\n');
        }
        if (random.nextInt(10) < 3) {
            for (int i = random.nextInt(4) == 0 ? 2 : 1; i > 0; i--) {
                Person assignee = pick(present);
                String text = fill(pick(ACTIONS), present) + " (#" + issueNumber++ + ")";
                agreed.add(new OpenItem(assignee, text, index));
                out.append("    - [ ] ").append(speaker(assignee, present)).append(' ').append(text).append('\n');
            }
        }
        if (random.nextInt(10) == 0) {
            out.append("<!-- ").append(owner.initials()).append(": notes of ").append(today)
                    .append(" continue in the issue -->\n");
        }
        return out.toString();
    }

    /** A speaker prefix: initials mostly, some in parentheses, some by first name (D91), now and then two people. */
    private String speaker(Person who, List<Person> present) {
        int form = random.nextInt(20);
        if (form < 13) {
            return who.initials() + ":";
        } else if (form < 15) {
            return "(" + who.initials() + ")";
        } else if (form < 19) {
            return who.firstName() + ":";
        }
        Person other = pick(present);
        return other == who ? who.initials() + ":" : who.initials() + "/" + other.initials() + ":";
    }

    private String fill(String template, List<Person> present) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
            int close = template.indexOf('}', open);
            out.append(template, at, open);
            out.append(switch (template.substring(open + 1, close)) {
                case "project" -> pick(PROJECTS);
                case "code" -> pick(CODE);
                case "feature" -> pick(FEATURES);
                case "emoji" -> pick(EMOJI);
                case "place" -> pick(PLACES);
                case "first" -> pick(present).firstName();
                case "year" -> String.valueOf(today.getYear() + random.nextInt(2));
                case "version" -> (random.nextInt(3) + 1) + "." + random.nextInt(30) + "." + random.nextInt(4);
                case "url" -> "https://github.com/widget-org/" + pick(PROJECTS)
                        + (random.nextBoolean() ? "/pull/" : "/issues/") + (100 + random.nextInt(9900));
                case "link" -> link(pick(PROJECTS), 10 + random.nextInt(990));
                default -> throw new IllegalStateException("no placeholder " + template.substring(open, close + 1));
            });
            at = close + 1;
        }
        return out.append(template.substring(at)).toString();
    }

    private static String link(String project, int number) {
        return "[" + project + "#" + number + "](https://github.com/widget-org/" + project + "/pull/" + number + ")";
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * A person of the series.
     *
     * @param name        the full name as listed
     * @param initials    the initials, written in every attendee block and used as speaker prefix
     * @param handle      the GitHub handle
     * @param affiliation the affiliation pieces as a numbered entry writes them
     * @param presence    the chance of attending a meeting while active
     * @param from        the share of the series from which the person is active
     * @param to          the share of the series up to which the person is active
     */
    private record Person(String name, String initials, String handle, String affiliation, double presence,
            double from, double to) {

        /** {@return the first word of the name, a name speaker (D91)} */
        String firstName() {
            return name.split(" ")[0];
        }
    }

    /** A topic deferred to the next meeting. */
    private record Deferred(Person owner, String title) {
    }

    /** An action item not yet ticked, with the index of the note that agreed it. */
    private record OpenItem(Person owner, String text, int agreed) {
    }
}
