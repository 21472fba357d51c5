package org.conflictgraph.load;

/** A load or unload that cannot go ahead, for a reason the user can act on; nothing was written. */
public final class LoadRefusedException extends RuntimeException {
    public LoadRefusedException(String message) {
        super(message);
    }
}
