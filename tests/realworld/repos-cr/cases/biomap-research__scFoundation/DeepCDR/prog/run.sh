stub: upstream file of 1056 bytes
