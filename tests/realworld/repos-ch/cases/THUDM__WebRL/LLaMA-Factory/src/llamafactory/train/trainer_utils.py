stub: upstream file of 18497 bytes
