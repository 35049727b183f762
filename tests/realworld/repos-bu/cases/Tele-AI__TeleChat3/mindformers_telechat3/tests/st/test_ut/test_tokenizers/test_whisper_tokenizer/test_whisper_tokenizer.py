stub: upstream file of 5269 bytes
