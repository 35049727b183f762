stub: upstream file of 11286 bytes
