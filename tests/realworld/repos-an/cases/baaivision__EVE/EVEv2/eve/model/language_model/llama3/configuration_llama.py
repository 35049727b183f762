stub: upstream file of 11056 bytes
