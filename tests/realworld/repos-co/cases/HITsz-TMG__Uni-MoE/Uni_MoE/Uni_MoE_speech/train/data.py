stub: upstream file of 19254 bytes
