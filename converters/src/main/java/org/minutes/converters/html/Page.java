package org.minutes.converters.html;

/** The frame of a whole page: doctype, head with the embedded stylesheet, body. */
final class Page {

    /** The embedded stylesheet: readable type, tables, tasks, the site's board and chart. No external asset. */
    static final String STYLE = String.join("\n",
            "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:0 1rem;color:#1b1b1b}",
            "a{color:#0b57a4}nav.site{border-bottom:1px solid #ccc;padding:.5rem 0}nav.site a{margin-right:1rem}",
            "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;"
                    + "text-align:left;vertical-align:top}th{background:#f2f2f2}",
            "li.task{list-style:none}li.done>.item-text{color:#555}input[type=checkbox]{margin-right:.25rem}",
            "li.action-item{border-left:3px solid #d97706;padding-left:.4rem}",
            "li.decision{border-left:3px solid #15803d;padding-left:.4rem}",
            ".draft{background:#fde68a;padding:0 .25rem}.inert-link{text-decoration:underline dotted}",
            "abbr[title]{text-decoration:underline dotted}pre{background:#f6f6f6;padding:.5rem;overflow:auto}",
            ".board{display:flex;gap:1rem;flex-wrap:wrap}.board>section{flex:1 1 15rem}",
            ".chart rect{fill:#0b57a4}.chart text{font-size:10px;fill:#1b1b1b}",
            "details.diagnostics{margin:2rem 0;color:#444}footer{margin:2rem 0;color:#666;font-size:.9em}");

    private Page() {
    }

    /**
     * Starts a page: doctype, {@code <html lang="en">}, head, {@code <body>}.
     *
     * @param out   where to write
     * @param title the page title
     */
    static void start(Markup out, String title) {
        out.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", title).raw("\n<style>\n").raw(STYLE).raw("\n</style>\n</head>\n<body>\n");
    }

    /**
     * Ends a page.
     *
     * @param out where to write
     */
    static void end(Markup out) {
        out.raw("\n</body>\n</html>\n");
    }
}
