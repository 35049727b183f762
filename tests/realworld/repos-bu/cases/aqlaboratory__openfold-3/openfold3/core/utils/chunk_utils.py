stub: upstream file of 14296 bytes
