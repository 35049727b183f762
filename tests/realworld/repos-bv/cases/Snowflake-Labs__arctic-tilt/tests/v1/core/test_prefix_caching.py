stub: upstream file of 28507 bytes
