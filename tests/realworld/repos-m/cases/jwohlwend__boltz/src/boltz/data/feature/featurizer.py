stub: upstream file of 44522 bytes
