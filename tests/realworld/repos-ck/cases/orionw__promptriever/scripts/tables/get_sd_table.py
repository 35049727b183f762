stub: upstream file of 4014 bytes
