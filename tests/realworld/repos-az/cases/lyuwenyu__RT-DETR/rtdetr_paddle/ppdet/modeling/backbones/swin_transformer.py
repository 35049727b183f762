stub: upstream file of 28056 bytes
