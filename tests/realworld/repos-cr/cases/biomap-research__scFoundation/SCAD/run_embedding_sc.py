stub: upstream file of 5040 bytes
