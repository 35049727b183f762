stub: upstream file of 5054 bytes
