stub: upstream file of 167 bytes
