stub: upstream file of 11727 bytes
