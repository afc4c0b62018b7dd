package org.breathpace.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = BreathpaceCommand.class.getPackage().getImplementationVersion();
        return new String[] {"breathpace " + (v == null ? "development build" : v)};
    }
}
