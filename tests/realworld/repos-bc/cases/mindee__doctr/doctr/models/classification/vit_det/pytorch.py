stub: upstream file of 11810 bytes
