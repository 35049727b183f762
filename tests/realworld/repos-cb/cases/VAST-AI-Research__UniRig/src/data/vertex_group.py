stub: upstream file of 23056 bytes
