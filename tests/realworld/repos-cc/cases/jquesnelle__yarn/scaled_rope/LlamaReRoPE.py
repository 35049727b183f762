stub: upstream file of 6209 bytes
