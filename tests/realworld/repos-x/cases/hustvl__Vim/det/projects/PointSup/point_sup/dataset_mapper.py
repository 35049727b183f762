stub: upstream file of 4810 bytes
