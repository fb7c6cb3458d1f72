package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks engineIsPure: the engine reading a file. */
public class FilesInTheEngine {
    java.nio.file.Path file;
}
