stub: upstream file of 15836 bytes
