stub: upstream file of 10211 bytes
