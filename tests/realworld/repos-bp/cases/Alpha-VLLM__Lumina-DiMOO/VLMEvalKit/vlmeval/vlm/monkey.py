stub: upstream file of 6367 bytes
