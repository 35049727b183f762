stub: upstream file of 8639 bytes
