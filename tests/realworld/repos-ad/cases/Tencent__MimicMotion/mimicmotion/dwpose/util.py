stub: upstream file of 5056 bytes
