stub: upstream file of 23808 bytes
