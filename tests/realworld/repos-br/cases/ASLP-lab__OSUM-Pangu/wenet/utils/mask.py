stub: upstream file of 12808 bytes
