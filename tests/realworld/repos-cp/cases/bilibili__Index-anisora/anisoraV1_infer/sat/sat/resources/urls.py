stub: upstream file of 3810 bytes
