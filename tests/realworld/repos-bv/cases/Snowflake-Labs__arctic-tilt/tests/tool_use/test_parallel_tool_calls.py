stub: upstream file of 7630 bytes
