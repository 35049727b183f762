stub: upstream file of 55625 bytes
