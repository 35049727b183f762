stub: upstream file of 5167 bytes
