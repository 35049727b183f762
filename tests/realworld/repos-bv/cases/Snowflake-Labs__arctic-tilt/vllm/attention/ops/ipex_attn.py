stub: upstream file of 5526 bytes
