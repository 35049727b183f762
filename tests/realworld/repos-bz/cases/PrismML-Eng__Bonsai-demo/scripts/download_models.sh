stub: upstream file of 8270 bytes
