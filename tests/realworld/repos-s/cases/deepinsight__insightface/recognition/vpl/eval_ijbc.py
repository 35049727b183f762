stub: upstream file of 17271 bytes
