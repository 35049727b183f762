stub: upstream file of 49212 bytes
