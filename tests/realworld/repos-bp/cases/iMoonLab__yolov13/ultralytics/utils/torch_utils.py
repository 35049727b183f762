stub: upstream file of 33155 bytes
