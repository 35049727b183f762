stub: upstream file of 11630 bytes
