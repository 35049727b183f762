stub: upstream file of 11238 bytes
