stub: upstream file of 25235 bytes
