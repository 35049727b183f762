stub: upstream file of 21359 bytes
