stub: upstream file of 4209 bytes
