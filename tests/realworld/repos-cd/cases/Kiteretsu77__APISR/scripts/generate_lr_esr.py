stub: upstream file of 5664 bytes
