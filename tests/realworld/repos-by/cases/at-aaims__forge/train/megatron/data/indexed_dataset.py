stub: upstream file of 19322 bytes
