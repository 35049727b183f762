stub: upstream file of 20372 bytes
