stub: upstream file of 8630 bytes
