stub: upstream file of 25265 bytes
