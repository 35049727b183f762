stub: upstream file of 12772 bytes
