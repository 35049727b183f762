stub: upstream file of 21630 bytes
