stub: upstream file of 11372 bytes
