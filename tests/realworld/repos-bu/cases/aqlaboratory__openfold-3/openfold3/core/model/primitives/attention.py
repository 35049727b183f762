stub: upstream file of 21945 bytes
