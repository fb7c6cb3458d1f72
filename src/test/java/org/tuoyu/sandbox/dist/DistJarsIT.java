package org.tuoyu.sandbox.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The platform jars of target/dist, after {@code package}: each holds its platform's JavaFX natives at the jar's
 * root (where JavaFX's loader looks for them on the class path), built for that platform's processor, and starts
 * the app's launcher. A Windows office double-clicking a jar with Linux natives gets "JavaFX runtime components
 * are missing"; this is the check that it cannot happen again.
 */
class DistJarsIT {

    /** A platform: its jar, the suffix of its natives, the native every JavaFX window needs, and its machine. */
    enum Platform {
        WIN_X64("win-x64", ".dll", "glass.dll", "PE x86-64"),
        MAC_X64("mac-x64", ".dylib", "libglass.dylib", "Mach-O x86-64"),
        MAC_AARCH64("mac-aarch64", ".dylib", "libglass.dylib", "Mach-O arm64"),
        LINUX_X64("linux-x64", ".so", "libglassgtk3.so", "ELF x86-64"),
        LINUX_AARCH64("linux-aarch64", ".so", "libglassgtk3.so", "ELF aarch64");

        final String name;
        final String suffix;
        final String glass;
        final String machine;

        Platform(String name, String suffix, String glass, String machine) {
            this.name = name;
            this.suffix = suffix;
            this.glass = glass;
            this.machine = machine;
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void eachJarCarriesItsOwnPlatformsNatives(Platform p) throws IOException {
        Path jar = Path.of("target", "dist", "sandbox-" + p.name + ".jar");
        assertTrue(Files.isRegularFile(jar), jar + " was not built by mvn package");
        try (JarFile j = new JarFile(jar.toFile())) {
            assertEquals("org.tuoyu.sandbox.app.Launcher", j.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(j.getEntry("org/tuoyu/sandbox/app/Launcher.class") != null, "launcher class");
            assertTrue(j.getEntry("scenarios/beijing-2025.yaml") != null, "the built-in Beijing baseline");
            assertTrue(j.getEntry(p.glass) != null, p.glass + " at the root of " + jar);
            List<String> natives = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = j.entries(); e.hasMoreElements();) {
                ZipEntry z = e.nextElement();
                String n = z.getName();
                if (isNative(n)) {
                    assertTrue(n.endsWith(p.suffix), jar + " holds a native of another OS: " + n);
                    assertTrue(!n.contains("/"), n + " is not at the jar's root, where JavaFX loads natives from");
                    try (InputStream in = j.getInputStream(z)) {
                        assertEquals(p.machine, machine(in.readNBytes(4096)), n + " in " + jar);
                    }
                    natives.add(n);
                }
            }
            // glass, prism and the font and media-free base natives: a handful at least on every platform.
            assertTrue(natives.size() >= 4, jar + " natives: " + natives);
        }
    }

    private static boolean isNative(String name) {
        return name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".so") || name.matches(".*\\.so\\.[0-9.]+");
    }

    /** The format and processor a native library's header declares. */
    static String machine(byte[] h) {
        ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
        if (h.length > 20 && (h[0] & 0xff) == 0x7f && h[1] == 'E' && h[2] == 'L' && h[3] == 'F') {
            int m = b.getShort(18) & 0xffff;
            return m == 0x3e ? "ELF x86-64" : m == 0xb7 ? "ELF aarch64" : "ELF machine " + m;
        }
        if (h.length > 8 && b.getInt(0) == 0xfeedfacf) {
            int cpu = b.getInt(4);
            return cpu == 0x01000007 ? "Mach-O x86-64" : cpu == 0x0100000c ? "Mach-O arm64" : "Mach-O cpu " + cpu;
        }
        if (h.length > 0x40 && h[0] == 'M' && h[1] == 'Z') {
            int pe = b.getInt(0x3c);
            if (pe > 0 && pe + 6 <= h.length && h[pe] == 'P' && h[pe + 1] == 'E') {
                int m = b.getShort(pe + 4) & 0xffff;
                return m == 0x8664 ? "PE x86-64" : m == 0xaa64 ? "PE arm64" : "PE machine " + m;
            }
        }
        return "unknown format";
    }
}
