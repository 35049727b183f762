stub: upstream file of 47270 bytes
