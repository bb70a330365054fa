package org.faultline.cli;

import picocli.CommandLine;

/** The program version, from the jar manifest when packaged. */
final class Version implements CommandLine.IVersionProvider {
  static String get() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"faultline " + get()};
  }
}
