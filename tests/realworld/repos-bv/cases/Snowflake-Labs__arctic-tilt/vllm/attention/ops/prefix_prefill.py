stub: upstream file of 34853 bytes
