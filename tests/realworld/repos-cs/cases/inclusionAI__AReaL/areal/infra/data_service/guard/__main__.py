stub: upstream file of 162 bytes
