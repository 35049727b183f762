stub: upstream file of 16630 bytes
