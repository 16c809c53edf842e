package org.minutes.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutes.sdk.ast.BlockVisitor;
import org.minutes.sdk.ast.DescendingVisitor;
import org.minutes.sdk.ast.Inline;
import org.minutes.sdk.ast.InlineVisitor;
import org.minutes.sdk.ast.Node;
import org.minutes.sdk.ast.PlainText;
import org.minutes.sdk.ast.Visitor;

/**
 * The shape of the public API: the packages {@code org.minutes.sdk}, {@code .ast}, {@code .model} and {@code .syntax}
 * hide the implementation (STYLE: "no ANTLR type in any public signature", as commonmark hides its {@code internal}), and
 * the AST is sealed interfaces over records with one {@code visit} per record.
 *
 * <p>The classes are found by scanning the compiled classes directory, so a new class is checked without being
 * listed here.
 */
class PublicApiTest {

    private static final String ROOT_PACKAGE = "org.minutes.sdk";
    private static final String INTERNAL_PACKAGE = "org.minutes.sdk.internal";

    private static List<Class<?>> apiTypes;

    @BeforeAll
    static void scanClassesDirectory() throws IOException, URISyntaxException {
        Path classes = Path.of(MinutesParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), () -> classes + " should be the compiled classes directory");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve(ROOT_PACKAGE.replace('.', '/')))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = classes.relativize(file).toString();
                String name = relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".");
                if (name.endsWith("package-info") || name.startsWith(INTERNAL_PACKAGE + ".")) {
                    continue;
                }
                Class<?> type = load(name);
                if (isApi(type)) {
                    found.add(type);
                }
            }
        }
        apiTypes = List.copyOf(found);
        Set<Class<?>> expected = Set.of(MinutesParser.class, ParseResult.class, Node.class, Visitor.class,
                org.minutes.sdk.model.Attendee.class, org.minutes.sdk.ast.Semantics.class,
                org.minutes.sdk.ast.Documents.class, org.minutes.sdk.syntax.Whitespace.class);
        assertTrue(apiTypes.containsAll(expected), () -> "the scan of " + classes + " missed some of " + expected
                + "; found " + apiTypes);
    }

    @Test
    void noPublicSignatureMentionsAnAntlrType() {
        List<String> leaks = apiTypes.stream()
                .flatMap(type -> leaks(type, name -> name.startsWith("org.antlr.")).stream())
                .toList();
        assertEquals(List.of(), leaks);
    }

    /** The vocabulary is the bottom of the SDK: its signatures speak of strings and characters, no SDK type. */
    @Test
    void theSyntaxVocabularySpeaksOfNoOtherSdkType() {
        List<String> leaks = apiTypes.stream()
                .filter(type -> type.getPackageName().equals(ROOT_PACKAGE + ".syntax"))
                .flatMap(type -> leaks(type, name -> name.startsWith(ROOT_PACKAGE + ".")
                        && !name.startsWith(ROOT_PACKAGE + ".syntax.")).stream())
                .toList();
        assertEquals(List.of(), leaks);
    }

    @Test
    void noPublicSignatureMentionsAnInternalType() {
        List<String> leaks = apiTypes.stream()
                .flatMap(type -> leaks(type, name -> name.startsWith(INTERNAL_PACKAGE + ".")).stream())
                .toList();
        assertEquals(List.of(), leaks);
    }

    /** The scanner must see every place a type can hide in a signature, or the two tests above prove nothing. */
    @Test
    void signatureScanFindsAntlrTypesWhereverTheyHide() {
        Predicate<String> antlr = name -> name.startsWith("org.antlr.");
        String fixture = "PublicApiTest$LeakyFixture: ";
        assertEquals(new TreeSet<>(List.of(
                        fixture + "type parameter bound org.antlr.v4.runtime.Token",
                        fixture + "supertype org.antlr.v4.runtime.Token",
                        fixture + "supertype org.antlr.v4.runtime.tree.ParseTree",
                        fixture + "field tokens org.antlr.v4.runtime.Token",
                        fixture + "constructor LeakyFixture(org.antlr.v4.runtime.CharStream) parameter"
                                + " org.antlr.v4.runtime.CharStream",
                        fixture + "method fail(java.lang.String) throws org.antlr.v4.runtime.RecognitionException",
                        fixture + "method lexer() returns org.antlr.v4.runtime.Lexer",
                        fixture + "method trees(java.util.List<? super org.antlr.v4.runtime.tree.ParseTree>)"
                                + " parameter org.antlr.v4.runtime.tree.ParseTree",
                        fixture + "method stream(U) parameter org.antlr.v4.runtime.TokenStream",
                        fixture + "method stream(U) type parameter bound org.antlr.v4.runtime.TokenStream")),
                new TreeSet<>(leaks(LeakyFixture.class, antlr)));
        assertTrue(leaks(LeakyRecord.class, antlr).contains(
                "PublicApiTest$LeakyRecord: record component token org.antlr.v4.runtime.Token"));
        assertEquals(List.of(), leaks(CleanFixture.class, antlr), "private and package-private members are no API");
    }

    /** Hides ANTLR types in every kind of public signature. */
    public abstract static class LeakyFixture<T extends Token> implements Supplier<Token>, Iterable<ParseTree> {

        /** An array field. */
        public Token[] tokens;

        /**
         * A protected constructor.
         *
         * @param input a parameter
         */
        protected LeakyFixture(CharStream input) {
        }

        /**
         * A thrown type.
         *
         * @param why a clean parameter
         * @throws RecognitionException never
         */
        public void fail(String why) throws RecognitionException {
        }

        /** {@return a type argument} */
        public abstract Optional<Lexer> lexer();

        /**
         * A wildcard bound.
         *
         * @param trees a parameter
         */
        public void trees(List<? super ParseTree> trees) {
        }

        /**
         * A method type parameter.
         *
         * @param stream a parameter
         * @param <U>    a bounded type
         */
        public <U extends TokenStream> void stream(U stream) {
        }
    }

    /**
     * A record component.
     *
     * @param token the component
     */
    public record LeakyRecord(Token token) {
    }

    /** ANTLR types only where callers cannot see them. */
    public static class CleanFixture {

        private Token hidden;

        Token packagePrivate() {
            return hidden;
        }

        /** {@return nothing of ANTLR} */
        public String fine() {
            return "";
        }
    }

    @Test
    void sealedTypesPermitOnlyRecordsAndSealedInterfaces() {
        List<Class<?>> sealed = apiTypes.stream().filter(Class::isSealed).toList();
        assertTrue(sealed.contains(Node.class), () -> "Node must be sealed; sealed types: " + sealed);
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : sealed) {
            assertTrue(type.isInterface(), () -> type + " is sealed but no interface");
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                if (!permitted.isRecord() && !(permitted.isInterface() && permitted.isSealed())) {
                    offenders.add(type.getSimpleName() + " permits " + permitted.getName());
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyNodeRecordHasItsVisitMethod() {
        Set<Class<?>> records = nodeRecords();
        assertTrue(records.size() >= 20, () -> "too few node records found: " + records);
        List<String> missing = new ArrayList<>();
        for (Class<?> record : records) {
            try {
                Method visit = Visitor.class.getMethod("visit", record);
                assertEquals(Visitor.class.getTypeParameters()[0], visit.getGenericReturnType(),
                        () -> visit + " should return R");
            } catch (NoSuchMethodException e) {
                missing.add(record.getSimpleName());
            }
        }
        assertEquals(List.of(), missing, "Visitor lacks visit methods");
        Set<Class<?>> visited = Arrays.stream(Visitor.class.getMethods())
                .filter(m -> m.getName().equals("visit") && m.getParameterCount() == 1)
                .map(m -> m.getParameterTypes()[0])
                .collect(Collectors.toSet());
        assertEquals(names(records), names(visited), "visit methods must match the node records one to one");
    }

    /** {@link DescendingVisitor} is abstract, so the compiler would not notice it skipping a node type. */
    @Test
    void descendingVisitorOverridesEveryVisitMethod() {
        List<String> missing = new ArrayList<>();
        for (Class<?> record : nodeRecords()) {
            try {
                DescendingVisitor.class.getDeclaredMethod("visit", record);
            } catch (NoSuchMethodException e) {
                missing.add(record.getSimpleName());
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * {@link InlineVisitor} and {@link BlockVisitor} leave abstract exactly their own side of the AST (inline
     * records, or every other record) and refuse the other side in final methods, so neither has a silent default;
     * {@link PlainText} handles every inline record (D54).
     */
    @Test
    void inlineAndBlockVisitorsSplitTheNodeRecords() throws NoSuchMethodException {
        for (Class<?> record : nodeRecords()) {
            boolean inline = Inline.class.isAssignableFrom(record);
            String visit = "visit(" + record.getSimpleName() + ")";
            int inlineSide = InlineVisitor.class.getMethod("visit", record).getModifiers();
            assertEquals(inline, Modifier.isAbstract(inlineSide), "InlineVisitor." + visit);
            assertEquals(!inline, Modifier.isFinal(inlineSide), "InlineVisitor." + visit);
            int blockSide = BlockVisitor.class.getMethod("visit", record).getModifiers();
            assertEquals(!inline, Modifier.isAbstract(blockSide), "BlockVisitor." + visit);
            assertEquals(inline, Modifier.isFinal(blockSide), "BlockVisitor." + visit);
            if (inline) {
                PlainText.class.getDeclaredMethod("visit", record);
            }
        }
    }

    private static Set<Class<?>> nodeRecords() {
        Set<Class<?>> records = new LinkedHashSet<>();
        List<Class<?>> pending = new ArrayList<>(List.of(Node.class));
        while (!pending.isEmpty()) {
            Class<?> type = pending.remove(pending.size() - 1);
            if (type.isRecord()) {
                records.add(type);
            } else if (type.isSealed()) {
                pending.addAll(Arrays.asList(type.getPermittedSubclasses()));
            }
        }
        return records;
    }

    private static Set<String> names(Set<Class<?>> types) {
        return types.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every mention of a type whose name matches, in the signatures a caller can see: "Owner: where type". */
    private static List<String> leaks(Class<?> type, Predicate<String> forbidden) {
        List<String> out = new ArrayList<>();
        String owner = type.getName().substring(type.getName().lastIndexOf('.') + 1);
        Reporter report = (where, types) -> matching(types, forbidden)
                .forEach(name -> out.add(owner + ": " + where + " " + name));
        for (TypeVariable<?> variable : type.getTypeParameters()) {
            report.on("type parameter bound", variable.getBounds());
        }
        if (type.getGenericSuperclass() != null) {
            report.on("supertype", type.getGenericSuperclass());
        }
        report.on("supertype", type.getGenericInterfaces());
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                report.on("record component " + component.getName(), component.getGenericType());
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                report.on("field " + field.getName(), field.getGenericType());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                reportExecutable(report, "constructor " + type.getSimpleName(), constructor);
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                String signature = reportExecutable(report, "method " + method.getName(), method);
                report.on(signature + " returns", method.getGenericReturnType());
            }
        }
        return out;
    }

    private static String reportExecutable(Reporter report, String name, Executable executable) {
        Type[] parameters = executable.getGenericParameterTypes();
        String signature = name + "(" + Arrays.stream(parameters)
                .map(Type::getTypeName).collect(Collectors.joining(", ")) + ")";
        for (TypeVariable<?> variable : executable.getTypeParameters()) {
            report.on(signature + " type parameter bound", variable.getBounds());
        }
        report.on(signature + " parameter", parameters);
        report.on(signature + " throws", executable.getGenericExceptionTypes());
        return signature;
    }

    /** Records each forbidden type mentioned by {@code types}, saying where. */
    private interface Reporter {

        void on(String where, Type... types);
    }

    /** Names of the classes mentioned anywhere in {@code types}: arguments, bounds, wildcards, arrays, owners. */
    private static Set<String> matching(Type[] types, Predicate<String> forbidden) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        Set<Type> seen = new HashSet<>();
        for (Type type : types) {
            mentioned(type, classes, seen);
        }
        return classes.stream().map(Class::getName).filter(forbidden)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void mentioned(Type type, Set<Class<?>> out, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                mentioned(c.getComponentType(), out, seen);
            } else {
                out.add(c);
                if (c.getEnclosingClass() != null) {
                    mentioned(c.getEnclosingClass(), out, seen);
                }
            }
        } else if (type instanceof ParameterizedType p) {
            mentioned(p.getRawType(), out, seen);
            if (p.getOwnerType() != null) {
                mentioned(p.getOwnerType(), out, seen);
            }
            for (Type argument : p.getActualTypeArguments()) {
                mentioned(argument, out, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                mentioned(bound, out, seen);
            }
            for (Type bound : w.getLowerBounds()) {
                mentioned(bound, out, seen);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                mentioned(bound, out, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            mentioned(a.getGenericComponentType(), out, seen);
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** A type callers can name: public or protected, and so is every type enclosing it. */
    private static boolean isApi(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (t.isAnonymousClass() || t.isLocalClass() || !visible(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("cannot load " + name + " found in the classes directory", e);
        }
    }
}
