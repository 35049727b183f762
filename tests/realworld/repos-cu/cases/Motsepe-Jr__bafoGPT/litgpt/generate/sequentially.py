stub: upstream file of 13056 bytes
