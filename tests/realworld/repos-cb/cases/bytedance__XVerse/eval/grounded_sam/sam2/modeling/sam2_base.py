stub: upstream file of 47012 bytes
