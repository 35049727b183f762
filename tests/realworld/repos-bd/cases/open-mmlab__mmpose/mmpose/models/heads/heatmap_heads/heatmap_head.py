stub: upstream file of 14853 bytes
