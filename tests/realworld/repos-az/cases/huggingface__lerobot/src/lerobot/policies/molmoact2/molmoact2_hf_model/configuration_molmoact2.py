stub: upstream file of 21269 bytes
