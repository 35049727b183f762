stub: upstream file of 1199 bytes
