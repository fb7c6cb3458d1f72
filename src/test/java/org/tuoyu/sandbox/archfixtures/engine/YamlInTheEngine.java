package org.tuoyu.sandbox.archfixtures.engine;

/** Breaks engineIsPure: the engine parsing YAML. */
public class YamlInTheEngine {
    org.yaml.snakeyaml.Yaml yaml;
}
