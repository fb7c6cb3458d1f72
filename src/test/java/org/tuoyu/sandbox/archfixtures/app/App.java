package org.tuoyu.sandbox.archfixtures.app;

/** Stands for the jar's entry point. */
public class App {
}
