stub: upstream file of 23481 bytes
