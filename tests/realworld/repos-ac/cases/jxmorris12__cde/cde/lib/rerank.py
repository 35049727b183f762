stub: upstream file of 21000 bytes
