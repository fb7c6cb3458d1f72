package org.tuoyu.sandbox.scenario;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of a file's bytes, so a workbook can say exactly which files made it. */
public final class Hashes {
    private Hashes() {}

    public static String sha256(byte[] bytes) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder b = new StringBuilder();
            for (byte x : h) b.append(String.format("%02x", x));
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
