stub: upstream file of 47884 bytes
