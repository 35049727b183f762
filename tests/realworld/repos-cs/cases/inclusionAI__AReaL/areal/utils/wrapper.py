stub: upstream file of 1283 bytes
