stub: upstream file of 36630 bytes
