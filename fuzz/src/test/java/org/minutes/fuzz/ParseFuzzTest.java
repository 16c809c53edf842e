package org.minutes.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.minutes.sdk.MinutesParser;

/**
 * The parser is total (D6): no input, as bytes or as any string (lone surrogates included), makes it throw. Jazzer
 * reports any exception or error as a finding. Regression mode (every build) runs the corpus; fuzzing mode is
 * {@code JAZZER_FUZZ=1} (fuzz/README.md).
 *
 * <p>Out of the regression run while its finding is open (fuzz/README.md): {@code http://\*~*} makes the parser throw
 * (the AST's check of shed delimiter runs, D57, D58). The other fuzz tests, which parse every seed first, still check
 * totality on the shared corpus.
 */
class ParseFuzzTest {

    private static final MinutesParser PARSER = MinutesParser.create();

    @DictionaryFile(resourcePath = "minutes.dict")
    @FuzzTest(maxDuration = "10m")
    void parseIsTotal(byte[] data) {
        PARSER.parse(data);
        PARSER.parse(Inputs.anyString(data));
    }
}
