package org.tuoyu.sandbox.archfixtures.util;

import org.tuoyu.sandbox.archfixtures.app.App;

/** Breaks everyClassIsInALayer: a helper package no layer names, so the layer rule would not see it using app. */
public class Strings {
    App app;
}
