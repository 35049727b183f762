stub: upstream file of 37435 bytes
