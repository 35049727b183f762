stub: upstream file of 11448 bytes
