stub: upstream file of 27003 bytes
