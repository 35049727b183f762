stub: upstream file of 7270 bytes
