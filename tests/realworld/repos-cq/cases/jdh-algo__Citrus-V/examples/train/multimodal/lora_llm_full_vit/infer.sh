stub: upstream file of 238 bytes
