stub: upstream file of 9180 bytes
