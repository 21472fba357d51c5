package org.conflictgraph.query;

/**
 * One parameter of a canned query as its header declares it: {@code @param name type [min..max]
 * [= default | required] description}.
 */
public record QueryParameter(String name, ParameterType type, boolean required, String defaultValue,
                             long min, long max, String description) {}
