stub: upstream file of 6700 bytes
