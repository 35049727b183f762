stub: upstream file of 8260 bytes
