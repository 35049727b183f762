stub: upstream file of 11836 bytes
