stub: upstream file of 6630 bytes
