stub: upstream file of 3372 bytes
