stub: upstream file of 15951 bytes
