stub: upstream file of 23720 bytes
