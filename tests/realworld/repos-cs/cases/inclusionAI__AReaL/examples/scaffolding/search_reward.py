stub: upstream file of 2323 bytes
