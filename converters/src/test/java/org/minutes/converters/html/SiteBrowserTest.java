package org.minutes.converters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.HttpURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutes.sdk.archive.Archive;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 8, point 3: the samples site (and a hostile note) served by the JDK's HTTP server on 127.0.0.1 and read by
 * Chromium through Selenium WebDriver; every check reads the rendered page, not the HTML source. Needs Debian's
 * {@code chromium} and {@code chromium-driver} (.ci/run installs them); where they are missing the tests are skipped
 * with that reason. With {@code -Dminutes.screenshots=DIR} it also saves the three screenshots of the README.
 */
class SiteBrowserTest {

    private static final String MEETING = "meetings/2024-11-06-conda-community-meeting.html";
    private static final String HOSTILE = "meetings/2026-02-04-hostile-script-alert-1-script-quoted-meeting.html";

    @TempDir
    static Path work;
    static HttpServer server;
    static String base;
    static WebDriver browser;

    @BeforeAll
    static void serveAndOpen() throws IOException {
        Optional<Path> chromium = onPath("chromium", "chromium-browser");
        Optional<Path> driver = onPath("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "browser test skipped: chromium and chromedriver are not on the PATH (install Debian's chromium and "
                        + "chromium-driver packages, as .ci/run does)");
        Path site = work.resolve("site");
        SampleSite.write(work.resolve("notes"), site);
        server = serve(site);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        browser = open(chromium.get(), driver.get());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static Optional<Path> onPath(String... names) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static WebDriver open(Path chromium, Path driver) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1200,900", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** Serves the files of a folder on 127.0.0.1, any free port; 404 for anything else. */
    static HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> respond(root, exchange));
        server.start();
        return server;
    }

    private static void respond(Path root, HttpExchange exchange) throws IOException {
        Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        boolean found = file.startsWith(root) && Files.isRegularFile(file);
        byte[] body = found ? Files.readAllBytes(file) : "not found".getBytes();
        exchange.getResponseHeaders().set("Content-Type",
                found && file.toString().endsWith(".html") ? "text/html; charset=utf-8" : "text/plain");
        exchange.sendResponseHeaders(found ? 200 : 404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no script may run");
    }

    @Test
    void indexLeadsToAMeetingAndASpeakerToTheirPage() {
        browser.get(base + "index.html");
        assertEquals("Conda <meetings> & \"notes\"", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> meetings = browser.findElements(By.cssSelector("main td a"));
        assertEquals(6, meetings.size(), "five samples and the hostile note");
        WebElement row = browser.findElement(By.xpath("//tr[td[1]='2024-11-06']"));
        assertEquals("2024-11-06 Conda Community Meeting 11 listed, 15 counted 2", row.getText());

        row.findElement(By.tagName("a")).click();
        assertEquals(base + MEETING, browser.getCurrentUrl());
        assertEquals("2024-11-06 Conda Community Meeting", browser.findElement(By.tagName("h1")).getText());
        WebElement speaker = browser.findElement(By.cssSelector("a[href='../people/jaimergp.html'] abbr"));
        assertEquals("JRG", speaker.getText());
        assertEquals("Jaime Rodríguez-Guerra (@jaimergp)", speaker.getAttribute("title"));

        speaker.click();
        assertEquals(base + "people/jaimergp.html", browser.getCurrentUrl());
        assertEquals("Jaime Rodríguez-Guerra", browser.findElement(By.tagName("h1")).getText());
        String attended = browser.findElement(By.xpath("//section[h2='Meetings attended']")).getText();
        assertTrue(attended.contains("2024-11-06 Conda Community Meeting"), attended);
        assertTrue(browser.findElement(By.cssSelector("dl.remarks")).getText()
                .contains("conda/ceps now published in conda.org"));
    }

    @Test
    void noInternalLinkIsBroken() throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pages = new ArrayDeque<>(List.of(base + "index.html"));
        List<String> broken = new ArrayList<>();
        while (!pages.isEmpty()) {
            String page = pages.pop();
            if (!seen.add(page)) {
                continue;
            }
            browser.get(page);
            for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
                String href = link.getDomProperty("href");
                if (!href.startsWith(base)) {
                    continue;
                }
                String target = URI.create(href).resolve("#").toString().replace("#", "");
                HttpURLConnection connection = (HttpURLConnection) URI.create(target).toURL().openConnection();
                int status = connection.getResponseCode();
                connection.disconnect();
                if (status != 200) {
                    broken.add(page + " -> " + href + " (" + status + ")");
                } else if (target.endsWith(".html")) {
                    pages.add(target);
                }
            }
        }
        assertEquals(List.of(), broken);
        try (Stream<Path> files = Files.walk(work.resolve("site"))) {
            assertEquals(files.filter(p -> p.toString().endsWith(".html")).count(), seen.size(),
                    "every page is reached from the index");
        }
    }

    @Test
    void scriptsAndJavascriptLinksOfANoteAreInert() {
        browser.get(base + HOSTILE);
        assertNoAlert();
        assertTrue(browser.getTitle().startsWith("2026-02-04 Hostile <script>alert(1)</script>"), browser.getTitle());
        assertEquals(0L, ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.querySelectorAll('script, img, [onerror]').length"));
        String text = browser.findElement(By.tagName("article")).getText();
        assertTrue(text.contains("QE: <script>document.title='pwned'</script> stays text & so does <b>this</b>"),
                text);
        assertTrue(text.contains("write the \"quoted\" report <img src=x onerror=alert(1)>"), text);
        assertFalse(browser.getTitle().contains("pwned"));
        for (WebElement inert : browser.findElements(By.cssSelector("span.inert-link"))) {
            assertNull(inert.getAttribute("href"));
            inert.click();
            assertNoAlert();
            assertEquals(base + HOSTILE, browser.getCurrentUrl(), "a javascript: link goes nowhere");
        }
        assertEquals(List.of("click me", "this one"), browser.findElements(By.cssSelector("span.inert-link"))
                .stream().map(WebElement::getText).toList());
    }

    /** Saves the README's screenshots when {@code -Dminutes.screenshots=DIR} is given; skipped otherwise. */
    @Test
    void screenshots() throws IOException {
        String directory = System.getProperty("minutes.screenshots");
        Assumptions.assumeTrue(directory != null, "screenshots are taken only with -Dminutes.screenshots=DIR");
        Path samplesSite = work.resolve("samples-site");
        Path notes = Files.createDirectories(work.resolve("samples-notes"));
        for (Path sample : SampleSite.samples()) {
            Files.copy(sample, notes.resolve(sample.getFileName()));
        }
        Site.write(Archive.open(notes), samplesSite, new SiteOptions("conda community meetings"));
        HttpServer samples = serve(samplesSite);
        try {
            String root = "http://127.0.0.1:" + samples.getAddress().getPort() + "/";
            Path out = Files.createDirectories(Path.of(directory));
            shoot(root + "index.html", out.resolve("site-index.png"));
            shoot(root + "meetings/2026-01-07-conda-ecosystem-meeting.html", out.resolve("site-meeting.png"));
            shoot(root + "people/jaimergp.html", out.resolve("site-person.png"));
        } finally {
            samples.stop(0);
        }
    }

    private static void shoot(String url, Path file) throws IOException {
        browser.get(url);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
