stub: upstream file of 8269 bytes
