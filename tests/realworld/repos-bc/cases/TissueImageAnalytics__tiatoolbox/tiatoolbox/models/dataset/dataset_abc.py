stub: upstream file of 20460 bytes
