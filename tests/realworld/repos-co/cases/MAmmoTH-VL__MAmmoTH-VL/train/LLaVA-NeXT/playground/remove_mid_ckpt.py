stub: upstream file of 1134 bytes
