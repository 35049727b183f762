stub: upstream file of 11180 bytes
