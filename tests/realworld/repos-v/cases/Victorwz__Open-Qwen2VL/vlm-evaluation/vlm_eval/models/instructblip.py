stub: upstream file of 10244 bytes
