stub: upstream file of 7212 bytes
