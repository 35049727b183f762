stub: upstream file of 69735 bytes
