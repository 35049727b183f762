stub: upstream file of 18269 bytes
