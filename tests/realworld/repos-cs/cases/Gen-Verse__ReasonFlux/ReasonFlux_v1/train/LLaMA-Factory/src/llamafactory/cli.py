stub: upstream file of 4270 bytes
