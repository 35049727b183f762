stub: upstream file of 4846 bytes
