stub: upstream file of 18183 bytes
