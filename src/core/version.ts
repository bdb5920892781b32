/** The package version, inlined by the bundler from package.json. */
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
