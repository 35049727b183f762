stub: upstream file of 11622 bytes
