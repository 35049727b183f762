stub: upstream file of 13209 bytes
