package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks engineIsPure: the engine reading user settings. */
public class PreferencesInTheEngine {
    java.util.prefs.Preferences settings;
}
