stub: upstream file of 6155 bytes
