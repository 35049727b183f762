stub: upstream file of 37732 bytes
