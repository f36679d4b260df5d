/** Stops the build with a message naming the generator; every data mistake ends here. */
export function fail(message: string): never {
	throw new Error(`build-knowledge: ${message}`);
}
