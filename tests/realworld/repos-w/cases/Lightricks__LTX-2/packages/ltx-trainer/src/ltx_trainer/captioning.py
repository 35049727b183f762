stub: upstream file of 20502 bytes
