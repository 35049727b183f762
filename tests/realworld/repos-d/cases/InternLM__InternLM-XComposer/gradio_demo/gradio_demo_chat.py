stub: upstream file of 28701 bytes
