stub: upstream file of 31252 bytes
