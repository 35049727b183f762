stub: upstream file of 80364 bytes
