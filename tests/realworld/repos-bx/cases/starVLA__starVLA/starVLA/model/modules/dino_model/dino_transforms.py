stub: upstream file of 3056 bytes
