stub: upstream file of 39337 bytes
