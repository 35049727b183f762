stub: upstream file of 2741 bytes
