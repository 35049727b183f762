stub: upstream file of 5512 bytes
