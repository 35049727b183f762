stub: upstream file of 11997 bytes
