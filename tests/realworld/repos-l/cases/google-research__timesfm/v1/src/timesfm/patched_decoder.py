stub: upstream file of 19100 bytes
