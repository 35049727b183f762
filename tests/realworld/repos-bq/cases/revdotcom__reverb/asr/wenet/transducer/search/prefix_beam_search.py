stub: upstream file of 7056 bytes
