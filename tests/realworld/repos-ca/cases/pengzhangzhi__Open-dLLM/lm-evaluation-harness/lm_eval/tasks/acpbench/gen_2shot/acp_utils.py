stub: upstream file of 37056 bytes
