stub: upstream file of 5266 bytes
