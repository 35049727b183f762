stub: upstream file of 2156 bytes
