stub: upstream file of 2286 bytes
