stub: upstream file of 37542 bytes
