stub: upstream file of 3630 bytes
