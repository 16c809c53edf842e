import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.minutes.grammar.InlineLexer;

/**
 * Build step of the sdk module (issue 12 point 3): writes the code points {@code InlineLexer.g4}'s {@code WORD} rule
 * starts with ({@code [\p{L}\p{Nd}]}, by the Unicode version of the ANTLR tool that generated the lexer) as a table
 * of intervals, so that the SDK's inline tokenizer reads them without deserialising the generated lexer's ATN on the
 * first parse. The grammar stays their definition: this reads them from its ATN.
 *
 * <p>Format: a big-endian int count of intervals, then each interval's first and last code point.
 *
 * <p>Usage: {@code java WordCodePoints.java OUTPUT-FILE} with the grammar module and the ANTLR runtime on the class
 * path (the sdk's pom runs it in {@code process-classes}).
 */
public final class WordCodePoints {

    private WordCodePoints() {
    }

    public static void main(String[] args) throws IOException {
        ATN atn = InlineLexer._ATN;
        int rule = Arrays.asList(InlineLexer.ruleNames).indexOf("WORD");
        IntervalSet first = atn.nextTokens(atn.ruleToStartState[rule]);
        List<Interval> intervals = first.getIntervals();
        Path output = Path.of(args[0]);
        Files.createDirectories(output.getParent());
        try (OutputStream file = Files.newOutputStream(output);
             DataOutputStream data = new DataOutputStream(file)) {
            data.writeInt(intervals.size());
            for (Interval interval : intervals) {
                data.writeInt(Math.max(interval.a, 0));
                data.writeInt(interval.b);
            }
        }
    }
}
