stub: upstream file of 22260 bytes
