package org.tuoyu.sandbox.archfixtures.cyclea;

import org.tuoyu.sandbox.archfixtures.cycleb.B;

/** Breaks noCycles with {@link B}. */
public class A {
    B b;
}
