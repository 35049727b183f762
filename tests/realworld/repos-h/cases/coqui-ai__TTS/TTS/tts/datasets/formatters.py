stub: upstream file of 27800 bytes
