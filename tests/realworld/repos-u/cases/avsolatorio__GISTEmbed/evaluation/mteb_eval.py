stub: upstream file of 29993 bytes
