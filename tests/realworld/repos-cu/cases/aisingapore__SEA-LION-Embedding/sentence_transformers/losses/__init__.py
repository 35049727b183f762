stub: upstream file of 235 bytes
