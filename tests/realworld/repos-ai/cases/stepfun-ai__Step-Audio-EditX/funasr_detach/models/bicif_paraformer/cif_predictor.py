stub: upstream file of 16122 bytes
