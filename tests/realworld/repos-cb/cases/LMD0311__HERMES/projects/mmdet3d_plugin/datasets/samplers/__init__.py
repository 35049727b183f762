stub: upstream file of 148 bytes
