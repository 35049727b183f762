stub: upstream file of 2342 bytes
