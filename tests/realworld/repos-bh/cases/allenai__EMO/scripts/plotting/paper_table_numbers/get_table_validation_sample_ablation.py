stub: upstream file of 5810 bytes
