stub: upstream file of 38832 bytes
