stub: upstream file of 16656 bytes
