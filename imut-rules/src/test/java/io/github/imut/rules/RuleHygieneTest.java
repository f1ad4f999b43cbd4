package io.github.imut.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.imut.check.Rule;
import io.github.imut.check.RuleModule;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Hot-path hygiene of the standard rules, read from their bytecode: no regular expressions, no String.format, no
 * reflection in a rule class or in the helper classes of imut-rules it uses (modules and data loaders excepted:
 * they run once, when a checker is built). Rules run millions of times in a national batch.
 */
class RuleHygieneTest {
    /** Methods and classes a rule must not reach: owner (internal name), then method name or "*" for any. */
    private static final String[][] FORBIDDEN = {
        {"java/util/regex/Pattern", "*"}, {"java/util/regex/Matcher", "*"},
        {"java/lang/String", "format"}, {"java/lang/String", "formatted"}, {"java/lang/String", "matches"},
        {"java/lang/String", "replaceAll"}, {"java/lang/String", "replaceFirst"}, {"java/lang/String", "split"},
        {"java/text/MessageFormat", "*"}, {"java/util/Formatter", "*"},
        {"java/lang/reflect/Method", "*"}, {"java/lang/reflect/Field", "*"}, {"java/lang/reflect/Constructor", "*"},
        {"java/lang/Class", "forName"}, {"java/lang/Class", "getMethod"}, {"java/lang/Class", "getMethods"},
        {"java/lang/Class", "getDeclaredMethod"}, {"java/lang/Class", "getDeclaredMethods"},
        {"java/lang/Class", "getField"}, {"java/lang/Class", "getDeclaredField"},
        {"java/lang/Class", "getDeclaredFields"}, {"java/lang/Class", "getConstructor"},
        {"java/lang/Class", "getDeclaredConstructor"}, {"java/lang/Class", "newInstance"},
    };

    @Test
    void noRuleUsesRegexFormattingOrReflection() throws IOException {
        Set<String> classes = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (RuleModule m : StandardRules.modules()) {
            for (Rule r : m.rules()) {
                todo.add(r.getClass().getName().replace('.', '/'));
            }
        }
        List<String> found = new ArrayList<>();
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (!classes.add(name)) {
                continue;
            }
            ConstantPool cp = ConstantPool.read(name);
            for (String[] ref : cp.methodRefs) {
                for (String[] f : FORBIDDEN) {
                    if (ref[0].equals(f[0]) && (f[1].equals("*") || ref[1].equals(f[1]))) {
                        found.add(name + " -> " + ref[0] + "." + ref[1]);
                    }
                }
            }
            for (String c : cp.classRefs) {
                if (c.startsWith("java/util/regex/") || c.startsWith("java/lang/reflect/")) {
                    found.add(name + " -> " + c);
                }
                boolean helper = c.startsWith("io/github/imut/rules/") && !c.endsWith("Module")
                        && !c.equals("io/github/imut/rules/StandardData")
                        && !c.equals("io/github/imut/rules/StandardRules");
                if (helper) {
                    todo.add(c);
                }
            }
        }
        assertThat(classes).as("classes scanned").hasSizeGreaterThanOrEqualTo(6);
        assertThat(found).isEmpty();
    }

    @Test
    void theScannerSeesAForbiddenCall() throws IOException {
        // guards the test above: this class itself calls String.format
        ConstantPool cp = ConstantPool.read(Offender.class.getName().replace('.', '/'));
        assertThat(cp.methodRefs).anySatisfy(r -> assertThat(r).containsExactly("java/lang/String", "format"));
        assertThat(Offender.describe(3)).isEqualTo("3");
    }

    /** A deliberate offender. */
    static final class Offender {
        static String describe(int n) {
            return String.format("%d", n);
        }
    }

    /** The class and method references of a class file's constant pool. */
    static final class ConstantPool {
        final Set<String> classRefs = new HashSet<>();
        final List<String[]> methodRefs = new ArrayList<>();

        static ConstantPool read(String internalName) throws IOException {
            try (InputStream in = RuleHygieneTest.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
                assertThat(in).as(internalName).isNotNull();
                return parse(new DataInputStream(in));
            }
        }

        private static ConstantPool parse(DataInputStream in) throws IOException {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int n = in.readUnsignedShort();
            String[] utf8 = new String[n];
            int[] classIndex = new int[n];
            int[][] refs = new int[n][];
            int[] nameAndTypeName = new int[n];
            for (int i = 1; i < n; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1:
                        utf8[i] = in.readUTF();
                        break;
                    case 7:
                        classIndex[i] = in.readUnsignedShort();
                        break;
                    case 8: case 16: case 19: case 20:
                        in.readUnsignedShort();
                        break;
                    case 3: case 4:
                        in.readInt();
                        break;
                    case 5: case 6:
                        in.readLong();
                        i++;
                        break;
                    case 9: case 10: case 11:
                        refs[i] = new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()};
                        break;
                    case 12:
                        nameAndTypeName[i] = in.readUnsignedShort();
                        in.readUnsignedShort();
                        break;
                    case 15:
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                        break;
                    case 17: case 18:
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                        break;
                    default:
                        throw new IOException("Unknown constant pool tag " + tag);
                }
            }
            ConstantPool cp = new ConstantPool();
            for (int i = 1; i < n; i++) {
                if (classIndex[i] != 0) {
                    String c = utf8[classIndex[i]];
                    cp.classRefs.add(c.startsWith("[") ? c.replaceAll("^\\[+L?|;$", "") : c);
                }
                if (refs[i] != null && refs[i][0] != 9) {
                    cp.methodRefs.add(new String[] {utf8[classIndex[refs[i][1]]], utf8[nameAndTypeName[refs[i][2]]]});
                }
            }
            return cp;
        }
    }
}
