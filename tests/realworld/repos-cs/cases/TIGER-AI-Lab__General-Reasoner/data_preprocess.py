stub: upstream file of 2056 bytes
