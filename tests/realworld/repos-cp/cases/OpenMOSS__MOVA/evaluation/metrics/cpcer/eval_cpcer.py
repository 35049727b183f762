stub: upstream file of 11269 bytes
