stub: upstream file of 6263 bytes
