stub: upstream file of 15056 bytes
