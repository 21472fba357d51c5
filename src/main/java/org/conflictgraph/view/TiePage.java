package org.conflictgraph.view;

import org.conflictgraph.statement.Statement;

import java.util.List;

/** One page of the statements behind a tie, in date order, and how many there are in all. */
public record TiePage(String from, String to, String family, long total, int offset, int limit,
                      List<Statement> statements) {}
