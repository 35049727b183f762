stub: upstream file of 50317 bytes
