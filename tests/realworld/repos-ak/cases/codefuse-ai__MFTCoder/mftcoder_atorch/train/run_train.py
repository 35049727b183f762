stub: upstream file of 4727 bytes
