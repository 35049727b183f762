stub: upstream file of 16260 bytes
