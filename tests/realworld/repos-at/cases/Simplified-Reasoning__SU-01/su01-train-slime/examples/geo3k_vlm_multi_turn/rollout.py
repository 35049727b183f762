stub: upstream file of 14156 bytes
