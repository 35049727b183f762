stub: upstream file of 49224 bytes
