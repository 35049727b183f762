stub: upstream file of 50269 bytes
