package org.tuoyu.sandbox.decide;

import org.tuoyu.sandbox.engine.Target;

/**
 * One target as the optimiser left it.
 *
 * @param value        the indicator's value at the answer, in its year
 * @param active       true when dropping the target would make the answer cheaper (it binds)
 * @param costOfTarget how much the answer's cost falls when the target is dropped and the problem re-solved
 *                     (元; a shadow price by re-solving); NaN when not computed or when no answer met the targets
 */
public record TargetOutcome(Target target, double value, boolean met, boolean active, double costOfTarget) {}
