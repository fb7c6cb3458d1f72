package org.tuoyu.sandbox.archfixtures.cycleb;

import org.tuoyu.sandbox.archfixtures.cyclea.A;

/** Breaks noCycles with {@link A}. */
public class B {
    A a;
}
