stub: upstream file of 6853 bytes
